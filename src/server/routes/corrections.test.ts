import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCAL, sampleStore, testServer } from '../../../test/server-helpers.js';

test('a speaker correction shows in the reader and the speaker lists, and undoing it restores the pipeline answer', async () => {
  const app = await testServer(await sampleStore());
  const [a] = (await app.inject({ url: '/api/articles?q=ferry', headers: LOCAL })).json().items;
  const before = (await app.inject({ url: `/api/articles/${a.id}`, headers: LOCAL })).json().quotes[0];
  assert.equal(before.speaker.name, 'Ruth Okafor');
  const made = await app.inject({ method: 'POST', url: '/api/corrections', headers: LOCAL, payload: { kind: 'quote.speaker', target: before.id, value: { name: 'Harbour Authority', kind: 'organization' }, note: 'press release' } });
  assert.equal(made.statusCode, 201, made.body);
  const after = (await app.inject({ url: `/api/articles/${a.id}`, headers: LOCAL })).json().quotes[0];
  assert.deepEqual([after.speaker, after.corrected, after.found.name, after.corrections.length], [{ name: 'Harbour Authority', kind: 'organization' }, true, 'Ruth Okafor', 1]);
  assert.equal((await app.inject({ url: '/api/speakers/Harbour%20Authority', headers: LOCAL })).statusCode, 200);
  const undo = await app.inject({ method: 'POST', url: `/api/corrections/${made.json().id}/undo`, headers: LOCAL, payload: {} });
  assert.equal(undo.statusCode, 200);
  const undone = (await app.inject({ url: `/api/articles/${a.id}`, headers: LOCAL })).json().quotes[0];
  assert.equal(undone.speaker.name, 'Ruth Okafor');
  assert.equal(undone.corrected, false);
  assert.ok(undone.corrections[0].undoneAt, 'the history keeps the undone correction');
  assert.equal((await app.inject({ method: 'POST', url: `/api/corrections/${made.json().id}/undo`, headers: LOCAL, payload: {} })).statusCode, 404);
});

test('a rejected quote stays visible in the reader as rejected but leaves the counts', async () => {
  const app = await testServer(await sampleStore());
  const [a] = (await app.inject({ url: '/api/articles?q=ferry', headers: LOCAL })).json().items;
  const q = (await app.inject({ url: `/api/articles/${a.id}`, headers: LOCAL })).json().quotes[0];
  const total = (await app.inject({ url: '/api/quotes', headers: LOCAL })).json().total;
  assert.equal((await app.inject({ method: 'POST', url: '/api/corrections', headers: LOCAL, payload: { kind: 'quote.reject', target: q.id } })).statusCode, 201);
  const view = (await app.inject({ url: `/api/articles/${a.id}`, headers: LOCAL })).json();
  assert.equal(view.quotes[0].rejected, true);
  assert.equal((await app.inject({ url: '/api/quotes', headers: LOCAL })).json().total, total - 1);
});

test('bad corrections are refused with the store code', async () => {
  const app = await testServer(await sampleStore());
  const post = (payload: object) => app.inject({ method: 'POST', url: '/api/corrections', headers: LOCAL, payload });
  assert.equal((await post({ kind: 'quote.speaker', target: 'q_00ff_0_0' , value: { name: 'X', kind: 'person' } })).json().error.code, 'PT-E014');
  assert.equal((await post({ kind: 'quote.speaker', target: 'q_00ff_0_0' })).json().error.code, 'PT-E013');
  assert.equal((await post({ kind: 'entity.merge', target: 'q_00ff_0_0' })).statusCode, 400);
  assert.equal((await post({ kind: 'quote.reject', target: 'q_00ff_0_0', value: { name: 'x', kind: 'alien' } })).statusCode, 400);
});
