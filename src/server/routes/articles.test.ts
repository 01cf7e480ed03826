import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCAL, multipart, sampleStore, testServer } from '../../../test/server-helpers.js';
import { makeDocument } from '../../store/contract/fixtures.js';
import { MemoryStore } from '../../store/memory/memory-store.js';
import { SEARCH_COUNT_CAP } from './article-page-schema.js';

test('article search finds by words and filters, with matched words marked in the snippet', async () => {
  const app = await testServer(await sampleStore());
  const res = (await app.inject({ url: '/api/articles?q=budget', headers: LOCAL })).json();
  assert.equal(res.total, 1);
  assert.equal(res.items[0].title, 'Council delays the budget vote');
  assert.match(res.items[0].snippet, /«budget»/);
  assert.equal((await app.inject({ url: '/api/articles?from=2019-03-05', headers: LOCAL })).json().total, 1);
  assert.equal((await app.inject({ url: '/api/articles?q=&outlet=', headers: LOCAL })).json().total, 2, 'empty filters are no filters');
});

test('search stops counting past the cap and says the total is a lower bound; below it the total is exact', async () => {
  const store = new MemoryStore();
  const bodies = Array.from({ length: SEARCH_COUNT_CAP + 1 }, (_, i) => ({ body: `Harbour report ${i}${i < 3 ? ' ferry' : ''}.` }));
  await store.putDocument(makeDocument('many', bodies));
  const app = await testServer(store);
  const many = (await app.inject({ url: '/api/articles?q=harbour', headers: LOCAL })).json();
  assert.deepEqual([many.total, many.totalIsLowerBound, many.items.length], [SEARCH_COUNT_CAP, true, 20]);
  const few = (await app.inject({ url: '/api/articles?q=ferry', headers: LOCAL })).json();
  assert.deepEqual([few.total, few.totalIsLowerBound, few.items.length], [3, false, 3]);
  assert.match(few.items[0].snippet, /«ferry»/, 'the response schema keeps the snippet');
  assert.equal(few.items[0].headlineVerdict, null);
});

test('the reader gets the article text once, and every quote span slices to its words', async () => {
  const app = await testServer(await sampleStore());
  const [a] = (await app.inject({ url: '/api/articles?q=budget', headers: LOCAL })).json().items;
  const view = (await app.inject({ url: `/api/articles/${a.id}`, headers: LOCAL })).json();
  const slice = (s: { start: number; end: number }) => view.text.slice(s.start - view.offset, s.end - view.offset);
  const quote = view.quotes.find((q: { speaker: { name: string } | null }) => q.speaker?.name === 'Mara Lindqvist');
  assert.ok(quote, JSON.stringify(view.quotes.map((q: { speaker: unknown }) => q.speaker)));
  assert.equal(slice(quote), '"The numbers do not add up,"');
  assert.equal(slice(quote.cue), 'said');
  assert.match(slice(quote.sentence), /^"The numbers do not add up," said councillor Mara Lindqvist\./);
  assert.ok(quote.rule && quote.by && quote.confidence > 0);
  assert.equal(slice(view.article.title), 'Council delays the budget vote');
});

test('a speaker page counts only that exact name, not every name containing it', async () => {
  const app = await testServer(await sampleStore({
    'a.txt': 'Rail strike ends\n\nMonday, May 6, 2019\n\n"We have a deal," said union leader Anna Berg.\n',
    'b.txt': 'Rail strike ends, union says\n\nMonday, May 6, 2019\n\n"It holds," said rail manager Anna Bergström.\n',
  }));
  const page = (await app.inject({ url: '/api/speakers/anna%20berg', headers: LOCAL })).json();
  assert.equal(page.name, 'Anna Berg');
  assert.equal(page.quotesTotal, 1);
  assert.deepEqual(page.quotes.map((q: { speaker: string }) => q.speaker), ['Anna Berg']);
  assert.deepEqual(page.byOutlet, [{ outlet: '(no outlet)', periods: { '2019-05': 1 } }]);
  const listed = (await app.inject({ url: '/api/speakers?q=anna%20berg', headers: LOCAL })).json().items.map((s: { name: string }) => s.name).sort();
  assert.deepEqual(listed, ['Anna Berg', 'Anna Bergström'], 'the list matches name parts; the page does not');
});

test('the overview counts articles per month and quotes per kind of source', async () => {
  const app = await testServer(await sampleStore());
  const o = (await app.inject({ url: '/api/overview', headers: LOCAL })).json();
  assert.equal(o.stats.articles, 2);
  assert.deepEqual(o.articlesOverTime, [{ period: '2019-03', articles: 2 }]);
  assert.equal(o.undatedArticles, 0);
  assert.ok(o.quotes >= 2);
  assert.ok(o.topSpeakers.some((s: { name: string }) => s.name === 'Ruth Okafor'));
});

async function waitForJob(app: Awaited<ReturnType<typeof testServer>>, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = (await app.inject({ url: `/api/ingest/${id}`, headers: LOCAL })).json();
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('job did not finish');
}

test('an upload becomes a job that stores the files, reports bad ones by name, and lists the new articles', async () => {
  const app = await testServer(await sampleStore());
  const body = multipart({
    'news/tram.txt': 'Tram line opens\n\nFriday, March 8, 2019\n\nThe new tram line opened on Friday. "It is quiet and quick," said rider Jonas Holm.\n',
    '../../etc/empty.txt': '',
  });
  const res = await app.inject({ method: 'POST', url: '/api/ingest', ...body });
  assert.equal(res.statusCode, 202, res.body);
  const job = await waitForJob(app, res.json().id);
  assert.equal(job.state, 'done');
  assert.deepEqual(job.files.map((f: { name: string }) => f.name), ['news/tram.txt', 'etc/empty.txt'], 'paths are kept inside the upload');
  assert.equal(job.summary.documentsAdded, 1);
  assert.deepEqual(job.problems, [{ file: 'etc/empty.txt', reason: 'empty file', severity: 'error' }]);
  assert.deepEqual(job.articles.map((a: { title: string }) => a.title), ['Tram line opens']);
  assert.equal((await app.inject({ url: '/api/overview', headers: LOCAL })).json().stats.articles, 3, 'the overview sees the upload');
});

test('uploads over the size limit, or not multipart, are refused with a JSON error', async () => {
  const app = await testServer(await sampleStore(), { maxUploadBytes: 1000 });
  const big = await app.inject({ method: 'POST', url: '/api/ingest', ...multipart({ 'big.txt': 'x'.repeat(5000) }) });
  assert.equal(big.statusCode, 413, big.body);
  assert.equal(big.json().error.code, 'PT-E053');
  const json = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...LOCAL, 'content-type': 'application/json' }, payload: '{}' });
  assert.equal(json.statusCode, 415);
  assert.equal(json.json().error.code, 'PT-E053');
  assert.equal((await app.inject({ url: '/api/ingest/j_nope', headers: LOCAL })).statusCode, 404);
});
