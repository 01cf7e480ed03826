import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../core/article.js';
import { getLayer } from '../../core/document.js';
import { makeDocument } from './fixtures.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

export function documentsContract(open: OpenStore): void {
  test('a document comes back deep-equal with its articles, layers, hints, blocks, source map and messages', () => withStore(open, async (store) => {
    const doc = makeDocument('round-trip', [{ title: 'One', body: 'First body.', date: '2024-01-02', outlet: 'Wire' }, { body: 'Second, untitled.' }]);
    assert.equal(await store.putDocument(doc), 'inserted');
    assert.deepEqual(await store.getDocument(doc.id), doc);
  }));

  test('storing the same document again returns exists and changes nothing', () => withStore(open, async (store) => {
    const doc = makeDocument('twice', [{ title: 'Once', body: 'Only once.' }]);
    assert.equal(await store.putDocument(doc), 'inserted');
    assert.equal(await store.putDocument(doc), 'exists');
    assert.equal(await store.countArticles(), 1);
    assert.equal((await store.stats()).documents, 1);
  }));

  test('putDocuments stores a batch in order and reports documents already there', () => withStore(open, async (store) => {
    const [a, b, c] = ['batch-a', 'batch-b', 'batch-c'].map((name) => makeDocument(name, [{ title: name, body: `Body of ${name}.` }]));
    await store.putDocument(b!);
    assert.deepEqual(await store.putDocuments([a!, b!, c!, a!]), ['inserted', 'exists', 'inserted', 'exists']);
    assert.equal(await store.countArticles(), 3);
    assert.deepEqual(await store.getDocument(c!.id), c);
  }));

  test('sourceRecords lists every source once, in sha256 order, past one read batch', () => withStore(open, async (store) => {
    const shas = Array.from({ length: 205 }, (_, i) => (i * 7919 % 997).toString(16).padStart(64, '0'));
    for (const sha256 of shas) await store.putSource({ sha256, uri: `in/${sha256.slice(-4)}.txt`, mediaType: 'text/plain', byteLength: 12, documents: [`d_${sha256.slice(0, 24)}`] });
    await store.putSource({ sha256: shas[0]!, uri: 'again.txt', mediaType: 'text/plain', byteLength: 1, documents: [] });
    const listed = [];
    for await (const source of store.sourceRecords()) listed.push(source);
    assert.deepEqual(listed.map((s) => s.sha256), [...new Set(shas)].sort());
    assert.deepEqual(listed[0], { sha256: listed[0]!.sha256, uri: `in/${listed[0]!.sha256.slice(-4)}.txt`, mediaType: 'text/plain', byteLength: 12, documents: [`d_${listed[0]!.sha256.slice(0, 24)}`] });
  }));

  test('hasDocument and getDocument tell a stored document from an unknown one', () => withStore(open, async (store) => {
    const doc = makeDocument('known', [{ body: 'Text.' }]);
    await store.putDocument(doc);
    assert.equal(await store.hasDocument(doc.id), true);
    assert.equal(await store.hasDocument('d_000000000000000000000000'), false);
    assert.equal(await store.getDocument('d_000000000000000000000000'), null);
  }));

  test('changing a returned document does not change the stored one', () => withStore(open, async (store) => {
    const doc = makeDocument('frozen', [{ title: 'Kept', body: 'Kept text.' }]);
    await store.putDocument(doc);
    const copy = (await store.getDocument(doc.id)) as unknown as { text: string; hints: unknown[] };
    copy.text = 'changed';
    copy.hints.push('junk');
    assert.deepEqual(await store.getDocument(doc.id), doc);
  }));

  test('getArticle returns the article with its whole document', () => withStore(open, async (store) => {
    const doc = makeDocument('article', [{ title: 'Headline', body: 'Body.' }]);
    await store.putDocument(doc);
    const article = getLayer<Article>(doc, 'articles')[0]!;
    assert.deepEqual(await store.getArticle(article.id), { article, document: doc });
    assert.equal(await store.getArticle('a_missing_0'), null);
  }));

  test('a source record round-trips and a second put returns exists', () => withStore(open, async (store) => {
    const source = { sha256: 'ab'.repeat(32), uri: 'file:///in/feed.xml', mediaType: 'application/rss+xml', byteLength: 1234, documents: ['d_1', 'd_2'] };
    assert.equal(await store.putSource(source), 'inserted');
    assert.equal(await store.putSource({ ...source, uri: 'file:///elsewhere.xml' }), 'exists');
    assert.deepEqual(await store.getSource(source.sha256), source);
    assert.equal(await store.getSource('cd'.repeat(32)), null);
  }));

  test('documents() yields every document once, in insertion order, while the store stays usable', () => withStore(open, async (store) => {
    const docs = Array.from({ length: 450 }, (_, i) => makeDocument(`order-${(i * 7919) % 450}`, [{ body: `Doc ${i}.` }]));
    for (const doc of docs) await store.putDocument(doc);
    const seen: string[] = [];
    for await (const doc of store.documents()) {
      assert.equal(await store.hasDocument(doc.id), true);
      seen.push(doc.id);
    }
    assert.deepEqual(seen, docs.map((d) => d.id));
  }));

  test('offsets into text with emoji and combining marks survive the round trip', () => withStore(open, async (store) => {
    const doc = makeDocument('unicode', [{ title: '👩🏽‍⚕️ Ärztin sagt: «Cafe\u0301 ist zu»', body: 'Zwei 🇩🇪 Flaggen und e\u0301te\u0301 in NFD.' }]);
    await store.putDocument(doc);
    const stored = (await store.getDocument(doc.id))!;
    const article = getLayer<Article>(stored, 'articles')[0]!;
    assert.equal(stored.text, doc.text);
    assert.equal(stored.text.slice(article.title!.start, article.title!.end), '👩🏽‍⚕️ Ärztin sagt: «Cafe\u0301 ist zu»');
    assert.equal(stored.text.slice(article.end - 'in NFD.'.length, article.end), 'in NFD.');
  }));

  test('close resolves, and closing twice is harmless', async () => {
    const store = await open();
    await store.putDocument(makeDocument('closing', [{ body: 'Bye.' }]));
    await store.close();
    await store.close();
  });
}
