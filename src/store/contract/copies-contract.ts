import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CopyPair } from '../../core/copy.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Article } from '../../core/article.js';
import type { Quote } from '../../core/quote.js';
import { copiesStep } from '../../service/copies-step.js';
import { makeDocument } from './fixtures.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

const STORY = [
  'The harbour authority said on Monday that the new container terminal will open in March after two years of building work and a long dispute over dredging.',
  '"We are ready to take the largest ships that call at this coast," said port director Ana Costa, adding that three shipping lines had already signed contracts.',
  'Fishermen who opposed the dredging said they would keep watching the water quality, and the city council promised monthly reports on the state of the bay.',
].join('\n\n');

const OTHER = [
  'A late frost damaged apple blossom across the valley this week, and growers fear the autumn harvest could be the smallest for a decade.',
  'The regional farmers union asked the government for emergency help, saying many family orchards could not survive a second poor year in a row.',
].join('\n\n');

function withQuote(doc: Document, words: string, speaker: string): Document {
  const article = getLayer<Article>(doc, 'articles')[0]!;
  const start = doc.text.indexOf(words);
  const q: Quote = { start, end: start + words.length, by: 'quotes.v1', rule: 'test', id: `q_${article.id.slice(2)}_0`, article: article.id, kind: 'direct',
    cue: null, sentence: { start, end: start + words.length }, confidence: 0.9, speaker: { name: speaker, kind: 'person', mention: null, resolved: null } };
  return withLayer(doc, 'quotes', [q]);
}

const QUOTE = '"We are ready to take the largest ships that call at this coast,"';
const original = () => withQuote(makeDocument('cp-original', [{ title: 'Terminal to open in March', body: STORY, date: '2024-02-05', outlet: 'Harbour Herald' }]), QUOTE, 'Ana Costa');
const reprint = () => withQuote(makeDocument('cp-reprint', [{ title: 'Terminal to open in March', body: `${STORY}\n\nSource: Harbour Herald`, date: '2024-02-06', outlet: 'Coast Daily' }]), QUOTE, 'Ana Costa');
const unrelated = () => makeDocument('cp-other', [{ title: 'Frost hits orchards', body: OTHER, date: '2024-02-05', outlet: 'Valley News' }]);

const only = (pairs: CopyPair[]) => { assert.equal(pairs.length, 1, JSON.stringify(pairs.map((p) => [p.a.article, p.b.article]))); return pairs[0]!; };

export function copiesContract(open: OpenStore): void {
  test('the copies step finds a reprint, with spans in both articles and its direction from the credit line', () => withStore(open, async (store) => {
    await store.putDocuments([original(), reprint(), unrelated()]);
    const result = await copiesStep.run(store);
    assert.equal(result.counts?.articles, 3);
    const pair = only(await store.copyPairs());
    const [a, b] = [await store.getArticle(pair.a.article), await store.getArticle(pair.b.article)];
    assert.equal(a!.article.outlet?.value, 'Harbour Herald');
    assert.equal(b!.document.text.slice(pair.b.start, pair.b.end), STORY);
    assert.equal(pair.match, 'exact');
    assert.equal(pair.direction, 'a->b');
    assert.equal(pair.evidence.rule, 'credit');
    assert.equal(pair.paragraphs.length, 3);
  }));

  test('indexing is incremental: a later document is checked against the stored ones, and a rerun changes nothing', () => withStore(open, async (store) => {
    await store.putDocuments([original(), unrelated()]);
    await copiesStep.run(store);
    assert.deepEqual(await store.copyPairs(), []);
    assert.equal((await store.copyIndexStats()).articles, 2);
    await store.putDocument(reprint());
    const second = await copiesStep.run(store);
    assert.equal(second.counts?.articles, 1);
    assert.equal(second.counts?.pairs, 1);
    const members = await store.copyMembers();
    assert.deepEqual(members.map((m) => [m.rank, m.outlet]), [[0, 'Harbour Herald'], [1, 'Coast Daily']]);
    const third = await copiesStep.run(store);
    assert.equal(third.counts?.articles, 0);
    assert.equal((await store.copyPairs()).length, 1);
    assert.deepEqual(await store.copyBacklog(10), []);
  }));

  test('pairs are listed by article and by cluster; members by article', () => withStore(open, async (store) => {
    await store.putDocuments([original(), reprint(), unrelated()]);
    await copiesStep.run(store);
    const [pair] = await store.copyPairs();
    const cluster = (await store.copyMembers([pair!.b.article]))[0]!.cluster;
    assert.equal(only(await store.copyPairs({ cluster })).id, pair!.id);
    assert.equal(only(await store.copyPairs({ article: pair!.a.article })).id, pair!.id);
    assert.deepEqual(await store.copyPairs({ article: getLayer<Article>(unrelated(), 'articles')[0]!.id }), []);
    assert.deepEqual(await store.copyMembers([getLayer<Article>(unrelated(), 'articles')[0]!.id]), []);
  }));

  test('one lookup finds the articles holding band keys and paragraph hashes; a hash held by too many is counted, not listed', () => withStore(open, async (store) => {
    const sig = new Uint32Array([1, 2, 3]);
    const row = (article: string, bands: number[], hashes: string[]) => ({ article, document: 'd_x', title: null, date: null, outlet: null, words: 10, signature: sig, bands, paragraphHashes: hashes, body: new Uint8Array([1, 0, 0, article.length]) });
    await store.putCopyIndex({ rows: [row('a_1', [7, -8], ['h1', 'hx']), row('a_2', [9], ['h1']), row('a_3', [10], ['hx'])], pairs: [], watermark: 0 });
    const found = await store.copyLookup([7, 9, 7, 11], ['h1'], 25);
    assert.deepEqual([...found.bands].sort(), [[7, ['a_1']], [9, ['a_2']]]);
    assert.deepEqual([...found.paragraphs.get('h1')!.articles].sort(), ['a_1', 'a_2']);
    const capped = await store.copyLookup([-8], ['hx', 'none'], 2);
    assert.deepEqual([...capped.bands], [[-8, ['a_1']]]);
    assert.deepEqual([...capped.paragraphs], [['hx', { count: 2, articles: [] }]]);
  }));

  test('a stored entry is read back with its body, and writing an article again replaces its keys', () => withStore(open, async (store) => {
    const row = (bands: number[], hashes: string[], body: number[]) => ({ article: 'a_1', document: 'd_x', title: 'T', date: '2024-01-02', outlet: 'O', words: 10, signature: new Uint32Array([1]), bands, paragraphHashes: hashes, body: new Uint8Array(body) });
    await store.putCopyIndex({ rows: [row([7], ['h1'], [1, 2, 3])], pairs: [], watermark: 0 });
    await store.putCopyIndex({ rows: [row([8], ['h2'], [4, 5])], pairs: [], watermark: 0 });
    const [entry] = await store.copyEntries(['a_1', 'a_none']);
    assert.deepEqual([entry!.title, entry!.date, entry!.outlet, entry!.words, [...entry!.body]], ['T', '2024-01-02', 'O', 10, [4, 5]]);
    const lookup = await store.copyLookup([7, 8], ['h1', 'h2'], 25);
    assert.deepEqual([[...lookup.bands.keys()], [...lookup.paragraphs.keys()]], [[8], ['h2']]);
    assert.equal((await store.copyIndexStats()).articles, 1);
  }));

  test('a reprocessed document whose articles changed is re-indexed: its old pairs go, the next run finds them again', () => withStore(open, async (store) => {
    await store.putDocuments([original(), reprint(), unrelated()]);
    await copiesStep.run(store);
    assert.equal((await store.copyPairs()).length, 1);
    assert.equal(await store.replaceDocument(reprint()), true);
    assert.deepEqual(await store.copyBacklog(10), [], 'the same articles: nothing to re-index');
    const [article] = getLayer<Article>(reprint(), 'articles');
    const renamed: Article = { ...article!, outlet: { value: 'Coast Daily Online', source: 'test', rule: 'test' } };
    assert.equal(await store.replaceDocument(withLayer(reprint(), 'articles', [renamed])), true);
    assert.deepEqual((await store.copyBacklog(10)).map((b) => [b.document, b.stale]), [[reprint().id, true]]);
    const again = await copiesStep.run(store);
    assert.deepEqual([again.counts?.articles, again.counts?.reindexed, again.counts?.pairs], [1, 1, 1]);
    assert.equal((await store.copyPairs()).length, 1);
    assert.deepEqual((await store.copyMembers()).map((m) => m.outlet), ['Harbour Herald', 'Coast Daily Online']);
    assert.deepEqual(await store.copyBacklog(10), []);
  }));

  test('a document replaced before it was ever indexed is indexed once', () => withStore(open, async (store) => {
    await store.putDocuments([original(), reprint()]);
    await store.replaceDocument(reprint());
    assert.deepEqual((await store.copyBacklog(10)).map((b) => b.stale), [false, false]);
    assert.equal((await copiesStep.run(store)).counts?.articles, 2);
  }));

  test('--distinct counts a reprinted quote once per cluster', () => withStore(open, async (store) => {
    await store.putDocuments([original(), reprint(), unrelated()]);
    await copiesStep.run(store);
    assert.equal(await store.countQuotes(), 2);
    assert.equal(await store.countQuotes({ distinct: true }), 1);
    assert.equal((await store.listQuotes({ distinct: true }))[0]!.outlet, 'Harbour Herald');
    const [speaker] = await store.listSpeakers({ distinct: true });
    assert.deepEqual([speaker!.name, speaker!.quotes, speaker!.articles], ['Ana Costa', 1, 1]);
    assert.equal((await store.listSpeakers())[0]!.quotes, 2);
  }));
}
