import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SNIPPET_MARKS } from '../store.js';
import { RANK_CANDIDATES } from '../search/rank-candidates.js';
import { loadCorpus } from './corpus.js';
import { makeDocument } from './fixtures.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

export function searchContract(open: OpenStore): void {
  const ids = async (store: Parameters<Parameters<typeof withStore>[1]>[0], text: string) => (await store.listArticles({ text })).map((a) => a.id);

  test('the better match ranks first: a title hit and many body hits beat one body mention', () => withStore(open, async (store) => {
    const { A, C } = await loadCorpus(store);
    assert.deepEqual(await ids(store, 'budget'), [C, A]);
  }));

  test('a text match carries a snippet with the matched word marked', () => withStore(open, async (store) => {
    await loadCorpus(store);
    const [hit] = await store.listArticles({ text: 'storm' });
    assert.match(hit!.snippet!, new RegExp(`${SNIPPET_MARKS.open}[Ss]torm${SNIPPET_MARKS.close}`));
    const [prefixed] = await store.listArticles({ text: 'stor*' });
    assert.match(prefixed!.snippet!, new RegExp(`${SNIPPET_MARKS.open}[Ss]torm${SNIPPET_MARKS.close}`), 'a prefix too long for the prefix index');
  }));

  test('words must all match, and a quoted phrase must match in order', () => withStore(open, async (store) => {
    const { A } = await loadCorpus(store);
    assert.deepEqual(await ids(store, 'council approves'), [A]);
    assert.deepEqual(await ids(store, '"council approved"'), [A]);
    assert.deepEqual(await ids(store, '"approved council"'), []);
  }));

  test('OR, NOT and parentheses combine words', () => withStore(open, async (store) => {
    const { A, B, C, D } = await loadCorpus(store);
    assert.deepEqual((await ids(store, 'storm OR feature')).sort(), [B, D].sort());
    assert.deepEqual((await ids(store, 'budget NOT tuesday')), [C]);
    assert.deepEqual((await ids(store, 'coast NOT storm')), [D]);
    assert.deepEqual((await ids(store, '(storm OR council) AND approved')), [A]);
  }));

  test('a trailing star matches word prefixes, ignoring case and accents', () => withStore(open, async (store) => {
    const { D, E } = await loadCorpus(store);
    assert.deepEqual(await ids(store, 'ELECT*'), [E]);
    assert.deepEqual(await ids(store, 'cafe'), [E]);
    assert.deepEqual((await ids(store, 'caf*')).sort(), [D, E].sort());
  }));

  test('lower-case and, or, not are searched as plain words', () => withStore(open, async (store) => {
    const { D } = await loadCorpus(store);
    assert.deepEqual(await ids(store, 'coast and'), [D]);
  }));

  test('punctuation and reserved FTS syntax in words are searched as text, not obeyed', () => withStore(open, async (store) => {
    const { A, C } = await loadCorpus(store);
    assert.deepEqual(await ids(store, 'budget & "council:" approves^'), [A]);
    assert.deepEqual((await ids(store, 'budget council: -debate+')).sort(), [A, C].sort());
    assert.deepEqual(await ids(store, 'title:storm'), []);
  }));

  test('boilerplate inside an article is not searchable', () => withStore(open, async (store) => {
    await loadCorpus(store);
    assert.deepEqual(await ids(store, 'zebra'), []);
  }));

  test('a text query keeps to its outlet, dates and document', () => withStore(open, async (store) => {
    const { A, C } = await loadCorpus(store);
    assert.deepEqual(await store.listArticles({ text: 'budget', outlet: 'DAILY POST' }).then((r) => r.map((a) => a.id)), [C]);
    assert.deepEqual(await store.listArticles({ text: 'budget', to: '2024-03-31' }).then((r) => r.map((a) => a.id)), [A]);
    const [a] = await store.listArticles({ text: 'budget', from: '2024-03-01', outlet: 'the herald' });
    assert.equal(a?.id, A);
    assert.deepEqual(await store.listArticles({ text: 'budget', document: a!.document }).then((r) => r.map((x) => x.id)), [A]);
    assert.deepEqual(await store.listArticles({ text: 'storm', outlet: 'daily post' }), []);
  }));

  test('past RANK_CANDIDATES matches the newest and the titled are ranked, and every other match follows, newest first', () => withStore(open, async (store) => {
    const fillers = Array.from({ length: RANK_CANDIDATES.newest + 10 }, (_, i) => ({ body: `Note ${i} on the harbour and its quays.` }));
    const doc = makeDocument('many', [{ title: 'Harbour reopens', body: 'The harbour.' }, { title: 'Dock', body: 'Harbour, harbour, harbour, harbour.' }, ...fillers]);
    await store.putDocument(doc);
    const id = (i: number) => `a_${doc.id.slice(2)}_${i}`;
    const all = (await store.listArticles({ text: 'harbour' })).map((a) => a.id);
    assert.equal(all.length, fillers.length + 2, 'every match is listed');
    assert.equal(all[0], id(0), 'the oldest article is ranked first: its title holds the word');
    assert.equal(all.at(-1), id(1), 'the best body match is neither new nor titled, so it comes last');
    const page = (await store.listArticles({ text: 'harbour', limit: 5, offset: RANK_CANDIDATES.newest - 1 })).map((a) => a.id);
    assert.deepEqual(page, all.slice(RANK_CANDIDATES.newest - 1, RANK_CANDIDATES.newest + 4), 'a page across the last candidate goes on with the rest');
  }));

  test('a malformed query is refused with PT-E007 naming the query', () => withStore(open, async (store) => {
    await loadCorpus(store);
    for (const text of ['"unbalanced', 'AND', 'budget AND', 'OR budget', '*', 'NOT budget', 'budget NOT', '(budget', 'budget)', '()', '!!!']) {
      await assert.rejects(store.listArticles({ text }), (error: { code?: string; message?: string }) => {
        assert.equal(error.code, 'PT-E007', text);
        assert.ok(error.message!.startsWith(`Invalid search query "${text}": `), error.message);
        return true;
      });
      await assert.rejects(store.countArticles({ text }), { code: 'PT-E007' });
    }
  }));
}
