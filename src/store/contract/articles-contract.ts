import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from './corpus.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

export function articlesContract(open: OpenStore): void {
  test('listing without filters orders by date then id, undated articles last', () => withStore(open, async (store) => {
    const { A, B, C, D, E } = await loadCorpus(store);
    assert.deepEqual((await store.listArticles()).map((a) => a.id), [A, B, C, E, D]);
  }));

  test('a summary carries the span, the field values and the document uri', () => withStore(open, async (store) => {
    const { A } = await loadCorpus(store);
    const [first] = await store.listArticles({ limit: 1 });
    assert.equal(first!.id, A);
    assert.equal(first!.uri, 'file:///in/alpha.html');
    assert.equal(first!.start, 0);
    assert.deepEqual([first!.title, first!.date, first!.outlet, first!.author, first!.url], ['Council approves budget', '2024-03-01', 'The Herald', 'Ann Lee', null]);
    assert.equal(first!.snippet, undefined);
  }));

  test('the outlet filter matches the whole name in any case', () => withStore(open, async (store) => {
    const { A, B } = await loadCorpus(store);
    assert.deepEqual((await store.listArticles({ outlet: 'THE HERALD' })).map((a) => a.id), [A, B]);
    assert.deepEqual(await store.listArticles({ outlet: 'Herald' }), []);
  }));

  test('from and to are inclusive and leave out undated articles', () => withStore(open, async (store) => {
    const { A, B, C, E } = await loadCorpus(store);
    assert.deepEqual((await store.listArticles({ from: '2024-03-05' })).map((a) => a.id), [B, C, E]);
    assert.deepEqual((await store.listArticles({ to: '2024-03-05' })).map((a) => a.id), [A, B]);
    assert.deepEqual((await store.listArticles({ from: '2024-03-02', to: '2024-04-10' })).map((a) => a.id), [B, C]);
  }));

  test('filters combine: outlet, dates and document together', () => withStore(open, async (store) => {
    const { B, C } = await loadCorpus(store);
    assert.deepEqual((await store.listArticles({ outlet: 'the herald', from: '2024-03-02' })).map((a) => a.id), [B]);
    const beta = C.replace(/^a_/, 'd_').replace(/_0$/, '');
    assert.deepEqual((await store.listArticles({ document: beta, to: '2024-12-31' })).map((a) => a.id), [C]);
  }));

  test('limit and offset page through the ordered list', () => withStore(open, async (store) => {
    const { B, C } = await loadCorpus(store);
    assert.deepEqual((await store.listArticles({ limit: 2, offset: 1 })).map((a) => a.id), [B, C]);
    assert.deepEqual(await store.listArticles({ offset: 10 }), []);
  }));

  test('a date that is not YYYY-MM-DD, or a negative limit, is refused with PT-E006', () => withStore(open, async (store) => {
    await assert.rejects(store.listArticles({ from: '2024-3-1' }), { code: 'PT-E006' });
    await assert.rejects(store.countArticles({ to: 'yesterday' }), { code: 'PT-E006' });
    await assert.rejects(store.listArticles({ limit: -1 }), { code: 'PT-E006' });
  }));

  test('countArticles counts what listArticles would return, ignoring limit', () => withStore(open, async (store) => {
    await loadCorpus(store);
    assert.equal(await store.countArticles(), 5);
    assert.equal(await store.countArticles({ outlet: 'daily post' }), 2);
    assert.equal(await store.countArticles({ from: '2024-04-01', limit: 1 }), 2);
    assert.equal(await store.countArticles({ text: 'budget', outlet: 'the herald' }), 1);
  }));

  test('countArticles with atMost stops counting there, and counts exactly below it', () => withStore(open, async (store) => {
    await loadCorpus(store);
    assert.equal(await store.countArticles({}, 3), 3);
    assert.equal(await store.countArticles({}, 9), 5);
    assert.equal(await store.countArticles({ text: 'budget' }, 1), 1);
    assert.equal(await store.countArticles({ text: 'budget' }, 5), 2);
    assert.equal(await store.countArticles({ text: 'budget', outlet: 'daily post' }, 5), 1);
    assert.equal(await store.countArticles({ text: 'coast', from: '2024-01-01' }, 0), 0);
    await assert.rejects(store.countArticles({}, -1), { code: 'PT-E006' });
  }));

  test('stats sums documents, articles, sources, outlets, dates and media types', () => withStore(open, async (store) => {
    await loadCorpus(store);
    await store.putSource({ sha256: 'ef'.repeat(32), uri: 'file:///in', mediaType: 'text/html', byteLength: 1, documents: [] });
    assert.deepEqual(await store.stats(), {
      documents: 3,
      articles: 5,
      sources: 1,
      outlets: [{ outlet: 'Daily Post', articles: 2 }, { outlet: 'The Herald', articles: 2 }],
      firstDate: '2024-03-01',
      lastDate: '2024-05-01',
      mediaTypes: [{ mediaType: 'text/html', documents: 2 }, { mediaType: 'text/plain', documents: 1 }],
    });
  }));

  test('stats of an empty store are zeros and nulls', () => withStore(open, async (store) => {
    assert.deepEqual(await store.stats(), { documents: 0, articles: 0, sources: 0, outlets: [], firstDate: null, lastDate: null, mediaTypes: [] });
  }));
}
