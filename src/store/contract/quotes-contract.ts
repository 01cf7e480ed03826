import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Quote, QuoteKind, SpeakerKind } from '../../core/quote.js';
import { makeDocument } from './fixtures.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

interface QuoteSpec { readonly words: string; readonly speaker?: string; readonly kind?: SpeakerKind; readonly quoteKind?: QuoteKind }

/** Adds a `quotes` layer: each spec's words are found in the first article's text. */
export function withQuotes(doc: Document, specs: readonly QuoteSpec[]): Document {
  const article = getLayer<Article>(doc, 'articles')[0]!;
  const quotes: Quote[] = specs.map((spec, i) => {
    const start = doc.text.indexOf(spec.words);
    assert.ok(start >= 0, `"${spec.words}" is not in the test document`);
    const span = { start, end: start + spec.words.length };
    return {
      ...span, by: 'quotes.v1', rule: 'test', id: `q_${article.id.slice(2)}_${i}`, article: article.id, kind: spec.quoteKind ?? 'direct',
      cue: null, sentence: span, confidence: 0.9,
      speaker: spec.speaker ? { name: spec.speaker, kind: spec.kind ?? 'person', mention: null, resolved: null } : null,
    };
  });
  return withLayer(doc, 'quotes', quotes);
}

export async function corpus(store: { putDocument(d: Document): Promise<unknown> }): Promise<void> {
  await store.putDocument(withQuotes(makeDocument('q1', [{ title: 'Budget vote', body: '"We will not raise taxes," said Ana Costa. A ministry spokesman said the plan was final.', date: '2024-03-01', outlet: 'Harbour Herald' }]),
    [{ words: '"We will not raise taxes,"', speaker: 'Ana Costa' }, { words: 'the plan was final', speaker: 'ministry', kind: 'organization', quoteKind: 'indirect' }]));
  await store.putDocument(withQuotes(makeDocument('q2', [{ title: 'Budget passes', body: '"It is done," Costa told reporters. "Nobody asked us," a source said.', date: '2024-03-05', outlet: 'Valley Courier' }]),
    [{ words: '"It is done,"', speaker: 'ana costa' }, { words: '"Nobody asked us,"', speaker: 'unnamed source', kind: 'anonymous' }]));
  await store.putDocument(withQuotes(makeDocument('q3', [{ title: 'Undated', body: '"Later," she said.' }]), [{ words: '"Later,"' }]));
}

export function quotesContract(open: OpenStore): void {
  test('quotes are listed in article date order with their text, speaker and article fields', () => withStore(open, async (store) => {
    await corpus(store);
    const quotes = await store.listQuotes();
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.date]), [
      ['"We will not raise taxes,"', 'Ana Costa', '2024-03-01'],
      ['the plan was final', 'ministry', '2024-03-01'],
      ['"It is done,"', 'ana costa', '2024-03-05'],
      ['"Nobody asked us,"', 'unnamed source', '2024-03-05'],
      ['"Later,"', null, null],
    ]);
    assert.equal(quotes[0]!.outlet, 'Harbour Herald');
    assert.equal(quotes[0]!.title, 'Budget vote');
    assert.match(quotes[0]!.uri, /q1\.html$/);
  }));

  test('quote filters: speaker part, speaker kind, quote kind, outlet, dates and text', () => withStore(open, async (store) => {
    await corpus(store);
    const texts = async (q: Parameters<typeof store.listQuotes>[0]) => (await store.listQuotes(q)).map((x) => x.text);
    assert.deepEqual(await texts({ speaker: 'COSTA' }), ['"We will not raise taxes,"', '"It is done,"']);
    assert.deepEqual(await texts({ speakerKind: 'anonymous' }), ['"Nobody asked us,"']);
    assert.deepEqual(await texts({ kind: 'indirect' }), ['the plan was final']);
    assert.deepEqual(await texts({ outlet: 'valley courier' }), ['"It is done,"', '"Nobody asked us,"']);
    assert.deepEqual(await texts({ from: '2024-03-02', to: '2024-03-31' }), ['"It is done,"', '"Nobody asked us,"']);
    assert.deepEqual(await texts({ text: 'TAXES' }), ['"We will not raise taxes,"']);
    assert.equal(await store.countQuotes({ speaker: 'costa' }), 2);
    assert.equal((await store.listQuotes({ limit: 2, offset: 1 })).length, 2);
  }));

  test('speakerIs matches the whole name, case and spacing aside, never a part of it', () => withStore(open, async (store) => {
    await corpus(store);
    const texts = async (q: Parameters<typeof store.listQuotes>[0]) => (await store.listQuotes(q)).map((x) => x.text);
    assert.deepEqual(await texts({ speakerIs: ' ANA   costa ' }), ['"We will not raise taxes,"', '"It is done,"']);
    assert.deepEqual(await texts({ speakerIs: 'costa' }), []);
    assert.equal(await store.countQuotes({ speakerIs: 'ana costa', outlet: 'valley courier' }), 1);
    assert.deepEqual((await store.listSpeakers({ speakerIs: 'ministry' })).map((s) => [s.name, s.quotes]), [['ministry', 1]]);
  }));

  test('speakers are grouped by name case-insensitively and kind, most quoted first', () => withStore(open, async (store) => {
    await corpus(store);
    const speakers = await store.listSpeakers();
    assert.deepEqual(speakers[0], { name: 'Ana Costa', kind: 'person', quotes: 2, articles: 2, outlets: ['Harbour Herald', 'Valley Courier'], firstDate: '2024-03-01', lastDate: '2024-03-05' });
    assert.deepEqual(speakers.map((s) => s.name).slice(1).sort(), ['ministry', 'unnamed source']);
    assert.deepEqual((await store.listSpeakers({ speakerKind: 'anonymous' })).map((s) => s.name), ['unnamed source']);
  }));

  test('a document stored twice does not duplicate its quotes', () => withStore(open, async (store) => {
    await corpus(store);
    await corpus(store);
    assert.equal(await store.countQuotes(), 5);
  }));
}

export function replaceContract(open: OpenStore): void {
  test('replaceDocument swaps layers and re-derives article, search and quote rows; the text stays', () => withStore(open, async (store) => {
    const first = withQuotes(makeDocument('r1', [{ title: 'Old title', body: 'Ferries stop at noon, "we must," said Ana Costa.', date: '2024-01-01' }]), [{ words: '"we must,"', speaker: 'Ana Costa' }]);
    await store.putDocument(first);
    const article = { ...getLayer<Article>(first, 'articles')[0]!, title: null, date: { value: '2024-02-02', source: 'text', rule: 'test' } };
    const redone = withQuotes(withLayer(first, 'articles', [article]), [{ words: '"we must,"', speaker: 'Ana Costa', kind: 'organization' }]);
    assert.equal(await store.replaceDocument(redone), true);
    assert.deepEqual(await store.getDocument(first.id), redone);
    assert.deepEqual((await store.listArticles()).map((a) => [a.title, a.date]), [[null, '2024-02-02']]);
    assert.equal(await store.countArticles({ text: 'ferries' }), 1);
    assert.deepEqual((await store.listQuotes()).map((q) => [q.speakerKind, q.date]), [['organization', '2024-02-02']]);
    assert.equal(await store.replaceDocument(makeDocument('never-stored', [{ body: 'x' }])), false);
  }));
}
