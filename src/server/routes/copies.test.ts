import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COPY_RECORDS, copiesStore } from '../../../test/copy-records.js';
import { LOCAL, multipart, sampleStore, testServer } from '../../../test/server-helpers.js';

type App = Awaited<ReturnType<typeof testServer>>;
const get = async (app: App, url: string) => {
  const res = await app.inject({ url, headers: LOCAL });
  return { status: res.statusCode, body: res.json() };
};
const titled = (items: Array<{ article: string; title: string | null }>, title: string) => items.find((m) => m.title === title)!.article;

test('/api/copies lists clusters largest first, members earliest first, and each pair\'s direction and why', async () => {
  const app = await testServer(await copiesStore());
  const { status, body } = await get(app, '/api/copies');
  assert.equal(status, 200);
  assert.equal(body.total, 1, 'the unrelated budget article is in no cluster');
  const [c] = body.items;
  assert.equal(c.size, 3);
  assert.deepEqual(c.members.map((m: { title: string; earliest: boolean }) => [m.title, m.earliest]), [
    ['Harbour ferry returns after the storm', true], ['Ferry back after storm', false], ['Weekly roundup: ferry, fair and roads', false],
  ]);
  assert.deepEqual(c.members.map((m: { outlet: string }) => m.outlet), ['Harbour Herald', 'Coast Courier', 'Coast Weekly']);
  const credited = c.pairsList.find((p: { why: { rule: string } }) => p.why.rule === 'credit');
  assert.equal(credited.direction, 'a->b');
  assert.equal(credited.why.credit.names, 'harbour herald');
  assert.equal(credited.match, 'near');
  assert.ok(credited.quoteEdits >= 1, 'the cut inside the captain\'s quote is counted');
  assert.ok(c.pairsList.some((p: { kind: string; why: { rule: string } }) => p.kind === 'partial' && p.why.rule === 'date'), 'the roundup holds a block of the story, dated later');
  assert.equal((await get(app, `/api/copies/${c.id}`)).body.members.length, 3);
});

test('a comparison gives every body paragraph of both articles a row and marks the words that changed, inside quotes too', async () => {
  const app = await testServer(await copiesStore());
  const [c] = (await get(app, '/api/copies')).body.items;
  const a = titled(c.members, 'Harbour ferry returns after the storm'), b = titled(c.members, 'Ferry back after storm');
  const { status, body } = await get(app, `/api/copies/${c.id}/compare?a=${a}&b=${b}`);
  assert.equal(status, 200, JSON.stringify(body));
  const slice = (side: { text: string; offset: number }, s: { start: number; end: number }) => side.text.slice(s.start - side.offset, s.end - side.offset);
  assert.equal(body.pair.stored, true);
  assert.equal(body.creditText, 'first published by Harbour Herald');
  const changed = body.rows.filter((r: { kind: string; match?: string }) => r.kind === 'aligned' && r.match === 'changed');
  assert.equal(changed.length, 2);
  const inQuote = body.drift.filter((d: { inQuote: boolean }) => d.inQuote);
  assert.deepEqual(inQuote.map((d: { op: string; a: object }) => [d.op, slice(body.a, d.a as { start: number; end: number })]), [['delete', 'on the water']]);
  const figure = body.drift.find((d: { inQuote: boolean }) => !d.inQuote);
  assert.deepEqual([slice(body.a, figure.a), slice(body.b, figure.b)], ['two', 'three']);
  assert.deepEqual(body.rows.map((r: { kind: string }) => r.kind), ['aligned', 'aligned', 'aligned', 'aligned'], 'the credit line is boilerplate, not a body paragraph');
});

test('a comparison turns a stored pair round when asked the other way, and shows a reprint block with its spans in both', async () => {
  const app = await testServer(await copiesStore());
  const [c] = (await get(app, '/api/copies')).body.items;
  const roundup = titled(c.members, 'Weekly roundup: ferry, fair and roads'), original = titled(c.members, 'Harbour ferry returns after the storm');
  const { body } = await get(app, `/api/copies/${c.id}/compare?a=${roundup}&b=${original}`);
  assert.equal(body.a.article, roundup);
  assert.equal(body.pair.direction, 'b->a', 'the roundup (left) copied the original (right)');
  assert.equal(body.pair.kind, 'partial');
  const block = body.a.text.slice(body.a.block.start - body.a.offset, body.a.block.end - body.a.offset);
  assert.match(block, /^The harbour ferry returned[\s\S]*reduced timetable until then\.$/);
  assert.ok(body.a.coverage < 0.7);
  const outside = body.rows.filter((r: { kind: string }) => r.kind === 'outside');
  assert.deepEqual(outside.map((r: { position: string; a: unknown[]; b: unknown[] }) => [r.position, r.a.length, r.b.length]), [['before', 2, 0], ['after', 1, 1]]);
  const defaulted = (await get(app, `/api/copies/${c.id}/compare`)).body;
  assert.equal(defaulted.a.article, original, 'without a and b the earliest version is on the left');
});

test('compare refuses a non-member and the same article twice; an unknown cluster is a 404', async () => {
  const app = await testServer(await copiesStore());
  const [c] = (await get(app, '/api/copies')).body.items;
  const [budget] = (await get(app, '/api/articles?q=budget')).body.items;
  const outsider = await get(app, `/api/copies/${c.id}/compare?a=${c.members[0].article}&b=${budget.id}`);
  assert.deepEqual([outsider.status, outsider.body.error.code], [400, 'PT-E086']);
  assert.equal((await get(app, `/api/copies/${c.id}/compare?a=${c.members[0].article}&b=${c.members[0].article}`)).body.error.code, 'PT-E086');
  const missing = await get(app, '/api/copies/c_000000000000');
  assert.deepEqual([missing.status, missing.body.error.code], [404, 'PT-E085']);
  assert.equal((await get(app, '/api/copies/c_000000000000/compare')).status, 404);
  assert.equal((await get(app, '/api/copies/nonsense')).status, 400);
});

test('an article\'s copies name its cluster and, per copied paragraph, the other articles at their matching spans', async () => {
  const app = await testServer(await copiesStore());
  const [c] = (await get(app, '/api/copies')).body.items;
  const original = titled(c.members, 'Harbour ferry returns after the storm');
  const { body } = await get(app, `/api/articles/${original}/copies`);
  assert.deepEqual([body.cluster.id, body.cluster.size, body.cluster.rank, body.cluster.earliest.article], [c.id, 3, 0, original]);
  assert.equal(body.paragraphs.length, 4);
  const view = (await get(app, `/api/articles/${original}`)).body;
  const first = body.paragraphs[0];
  assert.match(view.text.slice(first.start - view.offset, first.end - view.offset), /^The harbour ferry returned/);
  assert.deepEqual(first.copies.map((x: { title: string }) => x.title).sort(), ['Ferry back after storm', 'Weekly roundup: ferry, fair and roads']);
  const inRoundup = first.copies.find((x: { title: string }) => x.title.startsWith('Weekly'));
  const roundup = (await get(app, `/api/articles/${inRoundup.article}`)).body;
  assert.match(roundup.text.slice(inRoundup.start - roundup.offset, inRoundup.end - roundup.offset), /^The harbour ferry returned[\s\S]*in a statement\.$/);
  assert.equal(body.paragraphs[3].copies.length, 1, 'the roundup left out the last paragraph');
  const [budget] = (await get(app, '/api/articles?q=budget')).body.items;
  assert.deepEqual((await get(app, `/api/articles/${budget.id}/copies`)).body, { cluster: null, paragraphs: [] });
  assert.equal((await get(app, '/api/articles/a_00_0/copies')).status, 404);
});

test('a store whose copies were never indexed lists no clusters', async () => {
  const app = await testServer(await sampleStore());
  assert.deepEqual((await get(app, '/api/copies')).body, { total: 0, offset: 0, items: [] });
});

test('the OpenAPI document describes the copies routes', async () => {
  const app = await testServer(await sampleStore());
  const doc = (await get(app, '/api/openapi.json')).body;
  for (const path of ['/api/copies', '/api/copies/{cluster}', '/api/copies/{cluster}/compare', '/api/articles/{id}/copies']) assert.ok(doc.paths[path]?.get, path);
  assert.deepEqual(doc.paths['/api/copies/{cluster}/compare'].get.parameters.map((p: { name: string }) => p.name).sort(), ['a', 'b', 'cluster']);
});

test('distinct counts a quote reprinted across a copy cluster once, on the speaker page and in the quote list', async () => {
  const app = await testServer(await copiesStore());
  const all = (await get(app, '/api/speakers/Ruth%20Okafor')).body;
  const distinct = (await get(app, '/api/speakers/Ruth%20Okafor?distinct=true')).body;
  assert.equal(all.quotesTotal, 6, 'the original, the credited copy and the roundup each carry her two quotes');
  assert.equal(distinct.quotesTotal, 2);
  assert.deepEqual(distinct.quotes.map((q: { outlet: string }) => q.outlet), ['Harbour Herald', 'Harbour Herald'], 'the earliest version stays');
  assert.equal((await get(app, '/api/quotes?speaker=Ruth%20Okafor&distinct=true')).body.total, 2);
  assert.equal((await get(app, '/api/quotes?speaker=Ruth%20Okafor')).body.total, 6);
});

test('the overview lists the largest copy clusters', async () => {
  const app = await testServer(await copiesStore());
  const o = (await get(app, '/api/overview')).body;
  assert.deepEqual(o.largestCopyClusters.map((c: { size: number; title: string }) => [c.size, c.title]), [[3, 'Harbour ferry returns after the storm']]);
});

test('an upload through the API is checked against the stored copies, so a reprint joins its cluster at once', async () => {
  const app = await testServer(await copiesStore());
  const reprint = `Ferry sails again\n\nWednesday, March 6, 2019\n\n${COPY_RECORDS[0].text}\n`;
  const res = await app.inject({ method: 'POST', url: '/api/ingest', ...multipart({ 'ferry-reprint.txt': reprint }) });
  assert.equal(res.statusCode, 202, res.body);
  for (let i = 0; i < 200 && (await get(app, `/api/ingest/${res.json().id}`)).body.state !== 'done'; i++) await new Promise((r) => setTimeout(r, 20));
  const [c] = (await get(app, '/api/copies')).body.items;
  assert.equal(c.size, 4);
  assert.ok(c.members.some((m: { title: string }) => m.title === 'Ferry sails again'), 'the uploaded reprint is a member');
});
