import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordHashesOf, wordsOf } from './01-words.js';
import { quoteRanges } from './02-paragraphs.js';
import { estimateJaccard, minhash, shingleHashes } from './03-minhash.js';
import { creditsIn } from './04-credits.js';
import { driftOf, wordSimilarity } from './07-drift.js';
import { clustersOf } from './10-clusters.js';
import { copiesOfRecords } from './testing.js';

test('words ignore punctuation, quotation marks, non-breaking spaces and case, and keep their spans', () => {
  const a = wordsOf('“We’re ready,” she said.');
  const b = wordsOf('"We\'re\u00a0READY" - she said');
  assert.deepEqual(a.words, b.words);
  assert.deepEqual(a.words, ['were', 'ready', 'she', 'said']);
  assert.equal('“We’re ready,” she said.'.slice(a.starts[0], a.ends[0]), 'We’re');
});

test('MinHash estimates Jaccard similarity of word shingles', () => {
  const base = Array.from({ length: 400 }, (_, i) => `w${i}`);
  const half = [...base.slice(0, 200), ...Array.from({ length: 200 }, (_, i) => `x${i}`)];
  const same = estimateJaccard(minhash(shingleHashes(base)), minhash(shingleHashes([...base])));
  const j = estimateJaccard(minhash(shingleHashes(base), 256), minhash(shingleHashes(half), 256));
  assert.equal(same, 1);
  assert.ok(Math.abs(j - 196 / 600) < 0.1, `estimate ${j}`);
});

test('credit lines are found with what they name', () => {
  const text = 'LISBON (AP) — Ministers met.\n\nSource: BBC News\n\nThis story was first published by The Guardian.';
  assert.deepEqual(creditsIn(text, 0, text.length).map((c) => [c.rule, c.names]), [['wire-dateline', 'ap'], ['source-line', 'bbc news'], ['first-published', 'guardian']]);
});

test('drift lists word changes and flags those inside quotations', () => {
  const ta = 'She said "we will build the new bridge next year" on Monday.';
  const tb = 'She noted "we will build the bridge next year" on Monday.';
  const para = (t: string) => { const w = wordHashesOf(t); return { start: 0, end: t.length, hash: t, words: w.hashes, starts: w.starts, ends: w.ends, quotes: quoteRanges(t, 0, t.length), standing: false }; };
  const drift = driftOf(para(ta), para(tb));
  assert.deepEqual(drift.map((d) => [d.op, ta.slice(d.a.start, d.a.end), tb.slice(d.b.start, d.b.end), d.inQuote]), [['replace', 'said', 'noted', false], ['delete', 'new', '', true]]);
  assert.equal(wordSimilarity(para(ta).words, para(tb).words), 20 / 23);
});

test('clusters join pairs transitively and rank members by date', () => {
  const members = clustersOf({ pairs: [{ a: 'a_2', b: 'a_1' }, { a: 'a_2', b: 'a_3' }, { a: 'a_8', b: 'a_9' }], dates: new Map([['a_1', '2024-01-03'], ['a_2', '2024-01-01'], ['a_3', null], ['a_8', null], ['a_9', null]]) });
  const byCluster = new Map<string, typeof members>();
  for (const m of members) byCluster.set(m.cluster, [...(byCluster.get(m.cluster) ?? []), m]);
  assert.equal(byCluster.size, 2);
  const big = [...byCluster.values()].find((ms) => ms.length === 3)!;
  assert.deepEqual(big.sort((x, y) => x.rank - y.rank).map((m) => m.article), ['a_2', 'a_1', 'a_3']);
});

test('a copy published earlier without credit gives the direction by date; equal dates leave it unknown', async () => {
  const body = 'The orchestra will tour six cities in the spring, its director said on Friday, playing a new symphony written for the anniversary of the concert hall.\n\nTickets go on sale next month, and the final concert will be broadcast live on national radio and streamed online.';
  const later = await copiesOfRecords([{ title: 'Tour', date: '2024-01-01', outlet: 'A', text: body }, { title: 'Tour', date: '2024-01-05', outlet: 'B', text: body }]);
  assert.deepEqual(later.pairs.map((p) => [p.direction, p.evidence.rule]), [['a->b', 'date']]);
  const same = await copiesOfRecords([{ title: 'Tour', date: '2024-01-01', outlet: 'A', text: body }, { title: 'Tour', date: '2024-01-01', outlet: 'B', text: body }]);
  assert.deepEqual(same.pairs.map((p) => [p.direction, p.evidence.rule]), [[null, 'unknown']]);
});
