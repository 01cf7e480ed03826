import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesStep } from '../../service/entities-step.js';
import { ARTICLES, LOCAL, sampleStore, testServer } from '../../../test/server-helpers.js';

/** The two sample articles, plus one whose headline carries the body's quote, and one whose headline the body does not support. */
const FILES = {
  ...ARTICLES,
  'disgrace.txt': 'Lindqvist calls the budget \'a disgrace\'\n\nThursday, March 7, 2019\n\nThe council met once more. "The numbers do not add up," said councillor Mara Lindqvist.\n',
  'lindqvist.txt': 'Lindqvist says the numbers do not add up\n\nWednesday, March 6, 2019\n\nThe town council met again on Wednesday. "The numbers do not add up," said councillor Mara Lindqvist. The vote is set for next week.\n',
};

test('/api/headlines lists attributed headlines with claims and evidence, and filters by verdict', async () => {
  const app = await testServer(await sampleStore(FILES));
  const res = await app.inject({ url: '/api/headlines', headers: LOCAL });
  assert.equal(res.statusCode, 200, res.body);
  const page = res.json();
  assert.equal(page.total, 2, 'headlines that attribute nothing are left out');
  const [h] = page.items;
  assert.equal(h.headline, 'Lindqvist says the numbers do not add up');
  assert.equal(h.verdict, 'quoted');
  assert.equal(h.claims[0].speaker, 'Mara Lindqvist');
  assert.equal(h.claims[0].text, 'the numbers do not add up');
  assert.match(h.claims[0].evidence[0].quote, /^q_/);
  assert.ok(h.claims[0].evidence[0].similarity > 0.5);
  const notFound = (await app.inject({ url: '/api/headlines?verdict=not-found', headers: LOCAL })).json();
  assert.deepEqual(notFound.items.map((x: { headline: string }) => x.headline), ["Lindqvist calls the budget 'a disgrace'"]);
  assert.deepEqual(notFound.items[0].unsupported, ['a disgrace'], 'quoted headline words missing from the body');
  assert.equal((await app.inject({ url: '/api/headlines?verdict=quoted&from=2019-03-07', headers: LOCAL })).json().total, 0);
  assert.equal((await app.inject({ url: '/api/headlines?verdict=no-attribution', headers: LOCAL })).json().total, 2);
  assert.equal((await app.inject({ url: '/api/headlines?all=true&to=2019-03-05', headers: LOCAL })).json().total, 2);
  const bad = await app.inject({ url: '/api/headlines?verdict=false', headers: LOCAL });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.json().error.code);
});

test('article listings carry each headline verdict and the reader gets the whole check', async () => {
  const app = await testServer(await sampleStore(FILES));
  const list = (await app.inject({ url: '/api/articles', headers: LOCAL })).json();
  const verdicts = Object.fromEntries(list.items.map((a: { title: string; headlineVerdict: string | null }) => [a.title, a.headlineVerdict]));
  assert.deepEqual(verdicts, {
    'Harbour ferry returns after the storm': 'no attribution', 'Council delays the budget vote': 'no attribution',
    'Lindqvist says the numbers do not add up': 'quoted', "Lindqvist calls the budget 'a disgrace'": 'not found',
  });
  const found = (await app.inject({ url: '/api/articles?q=Lindqvist', headers: LOCAL })).json().items.find((a: { title: string }) => a.title === 'Lindqvist says the numbers do not add up');
  assert.equal(found.headlineVerdict, 'quoted', 'search results carry it too');
  const view = (await app.inject({ url: `/api/articles/${found.id}`, headers: LOCAL })).json();
  assert.equal(view.headline.verdict, 'quoted');
  const evidence = view.headline.claims[0].evidence[0];
  assert.ok(view.quotes.some((q: { id: string }) => q.id === evidence.quote), 'the evidence is a quote the reader marks');
});

test('the OpenAPI document describes /api/headlines and its verdict filter', async () => {
  const app = await testServer(await sampleStore());
  const doc = (await app.inject({ url: '/api/openapi.json', headers: LOCAL })).json();
  const verdict = doc.paths['/api/headlines'].get.parameters.find((p: { name: string }) => p.name === 'verdict');
  assert.deepEqual(verdict.schema.enum, ['quoted', 'paraphrased', 'not-found', 'no-attribution']);
});

test('once entities are grouped, the reader\'s headline claim names the entity its speaker is', async () => {
  const store = await sampleStore(FILES);
  const app = await testServer(store);
  const found = (await app.inject({ url: '/api/articles?q=Lindqvist', headers: LOCAL })).json().items.find((a: { title: string }) => a.title === 'Lindqvist says the numbers do not add up');
  const before = (await app.inject({ url: `/api/articles/${found.id}`, headers: LOCAL })).json();
  assert.equal(before.headline.claims[0].entity, null, 'no entity before the entities step ran');
  await entitiesStep.run(store);
  const after = (await app.inject({ url: `/api/articles/${found.id}`, headers: LOCAL })).json();
  const entity = (await app.inject({ url: `/api/entities/${after.headline.claims[0].entity}`, headers: LOCAL })).json();
  assert.equal(entity.entity.name, 'Mara Lindqvist');
});
