import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCorpusSteps } from '../../default-corpus-steps.js';
import type { Store } from '../../store/store.js';
import { LOCAL, multipart, sampleStore, testServer } from '../../../test/server-helpers.js';

const BODY = 'The town council postponed its budget vote on Tuesday. "The numbers do not add up, and the council knows it well," said councillor Mara Lindqvist. Lindqvist asked for another week before the vote.\n\nMayor Tomas Berg said the delay was regrettable. The council meets again on March 12.\n';

/** One article, a reprint of it, and an unrelated one; copies and entities built (the corpus steps ingest runs). */
const FILES: Record<string, string> = {
  'budget.txt': `Council delays the budget vote\n\nTuesday, March 5, 2019\n\n${BODY}`,
  'reprint.txt': `Council delays the budget vote\n\nWednesday, March 6, 2019\n\n${BODY}`,
  'ferry.txt': 'Harbour ferry returns after the storm\n\nMonday, March 4, 2019\n\nThe harbour ferry ran again on Monday. "We are glad to be back on the water," said captain Ruth Okafor.\n',
};

async function withEntities(files: Record<string, string> = FILES): Promise<Store> {
  const store = await sampleStore(files);
  for (const step of defaultCorpusSteps) await step.run(store);
  return store;
}

async function entityNamed(app: Awaited<ReturnType<typeof testServer>>, name: string): Promise<{ id: string; name: string; aliases: Array<{ name: string }> }> {
  const { items } = (await app.inject({ url: `/api/entities?q=${encodeURIComponent(name)}&kind=person`, headers: LOCAL })).json();
  const found = items.find((e: { name: string }) => e.name === name);
  assert.ok(found, `no entity ${name} in ${JSON.stringify(items.map((e: { name: string }) => e.name))}`);
  return found;
}

test('the entity list finds people by a part of an alias, most mentioned first, and says whether more follow', async () => {
  const app = await testServer(await withEntities());
  const res = (await app.inject({ url: '/api/entities?kind=person&q=lindq', headers: LOCAL })).json();
  assert.deepEqual(res.items.map((e: { name: string }) => e.name), ['Mara Lindqvist']);
  assert.equal(res.items[0].nameSupport, undefined, 'the list leaves out the name spans');
  const one = (await app.inject({ url: '/api/entities?kind=person&limit=1', headers: LOCAL })).json();
  assert.equal(one.items.length, 1);
  assert.equal(one.more, true);
});

test('an entity page counts a quote reprinted in a copy once, and charts mentions per outlet and month', async () => {
  const app = await testServer(await withEntities());
  const mara = await entityNamed(app, 'Mara Lindqvist');
  const page = (await app.inject({ url: `/api/entities/${mara.id}`, headers: LOCAL })).json();
  assert.deepEqual(page.entity.aliases.map((a: { name: string }) => a.name).sort(), ['Lindqvist', 'Mara Lindqvist']);
  assert.equal(page.quotesAll, 2, 'the quote is in both copies');
  assert.equal(page.quotesTotal, 1, 'and counted once');
  assert.equal(page.articlesTotal, 2);
  const months = page.byOutlet.map((o: { periods: Record<string, number> }) => o.periods['2019-03']).reduce((a: number, b: number) => a + b, 0);
  assert.equal(months, page.entity.mentions);
  const article = page.articles[0];
  assert.equal(article.title, 'Council delays the budget vote');
  assert.ok(article.mentions.some((m: { text: string }) => m.text === 'Lindqvist'));
});

test('an unknown entity id is a JSON 404 with PT-E080, and a malformed one a 400', async () => {
  const app = await testServer(await withEntities());
  const missing = await app.inject({ url: '/api/entities/e_00000000000000ff', headers: LOCAL });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error.code, 'PT-E080');
  assert.equal((await app.inject({ url: '/api/entities/<script>', headers: LOCAL })).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/timeline?entity=e_00000000000000ff', headers: LOCAL })).json().error.code, 'PT-E080');
});

test('the entity filter finds the articles that mention it, by id or by an alias, narrowed by words and dates', async () => {
  const app = await testServer(await withEntities());
  const mara = await entityNamed(app, 'Mara Lindqvist');
  const byId = (await app.inject({ url: `/api/entities/${mara.id}/articles`, headers: LOCAL })).json();
  assert.equal(byId.total, 2);
  assert.ok(byId.items.every((a: { mentions: number }) => a.mentions >= 2));
  assert.equal((await app.inject({ url: '/api/entities/Lindqvist/articles?from=2019-03-06', headers: LOCAL })).json().total, 1);
  const words = (await app.inject({ url: `/api/entities/${mara.id}/articles?q=ferry`, headers: LOCAL })).json();
  assert.equal(words.total, 0, 'the ferry article matches the words but does not mention her');
  assert.equal((await app.inject({ url: '/api/entities/Nobody%20Here/articles', headers: LOCAL })).json().error.code, 'PT-E040');
});

test('the reader gets each name with its entity and each date with its resolved value, as spans of the text', async () => {
  const store = await withEntities();
  const app = await testServer(store);
  const [a] = (await app.inject({ url: '/api/articles?q=budget&to=2019-03-05', headers: LOCAL })).json().items;
  const { names, dates } = (await app.inject({ url: `/api/articles/${a.id}/names`, headers: LOCAL })).json();
  const doc = (await store.getDocument(a.document))!;
  const mara = names.find((n: { name: string }) => n.name === 'Mara Lindqvist');
  assert.equal(doc.text.slice(mara.start, mara.end), 'Mara Lindqvist');
  assert.equal(mara.entity.name, 'Mara Lindqvist');
  const tuesday = dates.find((d: { value: string }) => d.value === '2019-03-05');
  assert.ok(tuesday, JSON.stringify(dates));
  assert.equal(doc.text.slice(tuesday.start, tuesday.end), 'Tuesday');
});

test('the timeline puts statements and dated events in day order, filters by dates and kind, and marks each for the reader', async () => {
  const app = await testServer(await withEntities());
  const all = (await app.inject({ url: '/api/timeline?limit=500', headers: LOCAL })).json();
  const days = all.items.map((i: { day: string }) => i.day);
  assert.deepEqual(days, [...days].sort());
  assert.ok(all.counts.quote >= 3 && all.counts.event >= 1);
  const event = all.items.find((i: { kind: string; date: string }) => i.kind === 'event' && i.date === '2019-03-05');
  assert.match(event.mark, /^dt:\d+-\d+$/);
  assert.match(event.text, /postponed its budget vote on Tuesday/);
  const quote = all.items.find((i: { kind: string }) => i.kind === 'quote');
  assert.equal(quote.mark, `q:${quote.ref}`);
  assert.equal(all.chart.unit, 'month');
  const charted = all.chart.periods.reduce((n: number, p: { quote: number; attribution: number; event: number }) => n + p.quote + p.attribution + p.event, 0);
  assert.equal(charted, all.total, 'the chart counts every entry once');
  const late = (await app.inject({ url: '/api/timeline?from=2019-03-06&kind=quote', headers: LOCAL })).json();
  assert.ok(late.items.length > 0 && late.items.every((i: { kind: string; day: string }) => i.kind === 'quote' && i.day >= '2019-03-06'));
  const mara = await entityNamed(app, 'Mara Lindqvist');
  const hers = (await app.inject({ url: `/api/timeline?entity=${mara.id}`, headers: LOCAL })).json();
  assert.equal(hers.entity.name, 'Mara Lindqvist');
  assert.ok(hers.items.every((i: { kind: string; who: string | null }) => i.kind !== 'quote' || i.who === 'Mara Lindqvist'));
  assert.equal(hers.counts.quote, 2, 'her quote in both copies (matched by speaker name, as her page counts it)');
});

test('an upload through the API regroups entities, so its names are listed at once', async () => {
  const app = await testServer(await withEntities());
  const res = await app.inject({ method: 'POST', url: '/api/ingest', ...multipart({ 'tram.txt': 'Tram line opens\n\nFriday, March 8, 2019\n\nThe new tram line opened on Friday. "It is quiet and quick," said rider Jonas Holm. Holm rides it daily.\n' }) });
  assert.equal(res.statusCode, 202, res.body);
  for (let i = 0; i < 200 && (await app.inject({ url: `/api/ingest/${res.json().id}`, headers: LOCAL })).json().state !== 'done'; i++) await new Promise((r) => setTimeout(r, 20));
  const { items } = (await app.inject({ url: '/api/entities?q=holm', headers: LOCAL })).json();
  assert.deepEqual(items.map((e: { name: string }) => e.name), ['Jonas Holm']);
});

test('the OpenAPI document describes the entity, timeline and entity-correction routes', async () => {
  const app = await testServer(await sampleStore());
  const paths = Object.keys((await app.inject({ url: '/api/openapi.json', headers: LOCAL })).json().paths);
  for (const p of ['/api/entities', '/api/entities/{id}', '/api/entities/{entity}/articles', '/api/articles/{id}/names', '/api/timeline', '/api/entities/{id}/merge', '/api/entities/{id}/split', '/api/entities/{id}/rename']) {
    assert.ok(paths.includes(p), `${p} missing from ${paths.join(', ')}`);
  }
});

test('a quote whose speaker is corrected to someone else leaves the entity page, and undoing brings it back', async () => {
  const app = await testServer(await withEntities());
  const tomas = await entityNamed(app, 'Tomas Berg');
  const before = (await app.inject({ url: `/api/entities/${tomas.id}`, headers: LOCAL })).json();
  assert.equal(before.quotesAll, 2);
  const made = await app.inject({ method: 'POST', url: '/api/corrections', headers: LOCAL, payload: { kind: 'quote.speaker', target: before.quotes[0].id, value: { name: 'Harbour Authority', kind: 'organization' } } });
  assert.equal(made.statusCode, 201, made.body);
  assert.equal((await app.inject({ url: `/api/entities/${tomas.id}`, headers: LOCAL })).json().quotesAll, 1);
  await app.inject({ method: 'POST', url: `/api/corrections/${made.json().id}/undo`, headers: LOCAL, payload: {} });
  assert.equal((await app.inject({ url: `/api/entities/${tomas.id}`, headers: LOCAL })).json().quotesAll, 2);
});
