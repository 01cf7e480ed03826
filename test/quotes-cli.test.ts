/**
 * Who said what, end to end on the bundled sample corpus: `presstrail quotes` and its filters,
 * `speakers`, `show` with quotes tagged by speaker, and the quote, attribution and Web Annotation exports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, tempDir } from './cli-helpers.js';

const SAMPLE = new URL('../sample/corpus/', import.meta.url).pathname;

type Row = Record<string, unknown>;
const jsonl = (out: string): Row[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

let ready: Promise<string> | undefined;
/** One store with the sample corpus, shared by the tests of this file. */
function sampleDb(): Promise<string> {
  ready ??= (async () => {
    const db = join(tempDir(), 'quotes.db');
    const run = await cli('ingest', SAMPLE, '--db', db, '-q');
    assert.equal(run.code, 0, run.err);
    return db;
  })();
  return ready;
}

async function quotes(...filters: string[]): Promise<Row[]> {
  const run = await cli('quotes', '--db', await sampleDb(), '--json', '--limit', '1000', ...filters);
  assert.equal(run.code, 0, run.err);
  return jsonl(run.out);
}

test('presstrail quotes lists the sample corpus quotes with speakers, and every filter narrows them', async () => {
  const all = await quotes();
  assert.ok(all.length >= 100, `only ${all.length} quotes`);
  assert.ok(all.filter((q) => q.speaker).length / all.length > 0.9, 'most quotes have a speaker');
  const people = await quotes('--speaker-kind', 'person');
  assert.ok(people.length > 0 && people.length < all.length && people.every((q) => q.speakerKind === 'person'));
  const trump = await quotes('--speaker', 'trump');
  assert.ok(trump.length > 0 && trump.every((q) => String(q.speaker).toLowerCase().includes('trump')));
  const direct = await quotes('--kind', 'direct');
  assert.ok(direct.length > 0 && direct.every((q) => q.kind === 'direct'));
  const worded = await quotes('--text', 'police');
  assert.ok(worded.length > 0 && worded.every((q) => /police/i.test(String(q.text))));
  const dated = await quotes('--from', '2019-03-01', '--to', '2019-03-31');
  assert.ok(dated.length > 0 && dated.every((q) => String(q.date) >= '2019-03-01' && String(q.date) <= '2019-03-31'));
  assert.equal((await quotes('--outlet', 'no such outlet')).length, 0);
  assert.ok((await quotes('--outlet', 'wikinews')).length > 0);
});

test('presstrail speakers counts quotes per speaker, most quoted first', async () => {
  const run = await cli('speakers', '--db', await sampleDb(), '--json', '--limit', '20');
  assert.equal(run.code, 0, run.err);
  const rows = jsonl(run.out);
  assert.ok(rows.length > 5);
  const counts = rows.map((r) => r.quotes as number);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  assert.ok(counts[0]! > 1);
  assert.ok(rows.every((r) => typeof r.name === 'string' && typeof r.kind === 'string' && (r.articles as number) >= 1));
});

test('show tags each quote of an article with its speaker', async () => {
  const db = await sampleDb();
  const q = (await quotes('--speaker-kind', 'person'))[0]!;
  const run = await cli('show', String(q.article), '--db', db);
  assert.equal(run.code, 0, run.err);
  assert.ok(run.out.includes(`⟨${String(q.speaker)}⟩`), 'the speaker tag follows the quote in the article text');
});

test('export: every quote and attribution record slices the document text it points at', async () => {
  const run = await cli('export', '--db', await sampleDb());
  assert.equal(run.code, 0, run.err);
  const records = jsonl(run.out);
  const texts = new Map(records.filter((r) => r.type === 'document').map((r) => [r.id, r.text as string]));
  const spans = (r: Row, key: string) => r[key] as { start: number; end: number; text: string } | null;
  const quoteRecords = records.filter((r) => r.type === 'quote');
  assert.ok(quoteRecords.length >= 100);
  for (const q of quoteRecords) {
    const text = texts.get(q.document)!;
    assert.equal(text.slice(q.start as number, q.end as number), q.text);
    const cue = spans(q, 'cue');
    if (cue) assert.equal(text.slice(cue.start, cue.end), cue.text);
    const mention = (q.speaker as { mention: { start: number; end: number; text: string } | null } | null)?.mention;
    if (mention) assert.equal(text.slice(mention.start, mention.end), mention.text);
  }
  const attributions = records.filter((r) => r.type === 'attribution');
  assert.ok(attributions.length > 0, 'sentences credited to outlets or documents are exported');
  for (const a of attributions) assert.equal(texts.get(a.document)!.slice(a.start as number, a.end as number), a.text);
});

test('export --format annotations: Web Annotations whose code-point positions and quote selectors re-anchor', async () => {
  const db = await sampleDb();
  const run = await cli('export', '--db', db, '--format', 'annotations');
  assert.equal(run.code, 0, run.err);
  const annotations = jsonl(run.out);
  const docs = jsonl((await cli('export', '--db', db)).out).filter((r) => r.type === 'document');
  assert.ok(annotations.length >= 100);
  let checked = 0;
  for (const a of annotations) {
    const target = a.target as { source: string; selector: Array<Record<string, unknown>> };
    const [position, quote] = target.selector;
    assert.equal(position!.type, 'TextPositionSelector');
    assert.equal(quote!.type, 'TextQuoteSelector');
    const candidates = docs.filter((d) => (d.url ?? d.uri) === target.source);
    if (candidates.length !== 1) continue;
    const text = String(candidates[0]!.text);
    assert.equal([...text].slice(position!.start as number, position!.end as number).join(''), quote!.exact);
    assert.ok(text.includes(`${String(quote!.prefix)}${String(quote!.exact)}${String(quote!.suffix)}`));
    checked++;
  }
  assert.ok(checked >= 50, `only ${checked} annotations could be matched to one document`);
});
