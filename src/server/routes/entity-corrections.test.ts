import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesStep } from '../../service/entities-step.js';
import { LOCAL, sampleStore, testServer } from '../../../test/server-helpers.js';

type App = Awaited<ReturnType<typeof testServer>>;
interface Listed { id: string; name: string; aliases: Array<{ name: string }> }

async function app(): Promise<App> {
  const store = await sampleStore({
    'budget.txt': 'Council delays the budget vote\n\nTuesday, March 5, 2019\n\nThe town council postponed its budget vote on Tuesday. Councillor Mara Lindqvist asked for another week. Lindqvist was firm.\n\nMayor Tomas Berg said the delay was regrettable.\n',
  });
  await entitiesStep.run(store);
  return testServer(store);
}

async function person(a: App, name: string): Promise<Listed | undefined> {
  const { items } = (await a.inject({ url: '/api/entities?kind=person&limit=100', headers: LOCAL })).json();
  return items.find((e: Listed) => e.name === name);
}

const post = (a: App, url: string, payload: object) => a.inject({ method: 'POST', url, headers: LOCAL, payload });
const aliases = (e: Listed | undefined) => e?.aliases.map((x) => x.name).sort();

test('merging two entities shows at once as one entity with both names, listed as a correction, and undo splits them again', async () => {
  const a = await app();
  const mara = (await person(a, 'Mara Lindqvist'))!;
  const tomas = (await person(a, 'Tomas Berg'))!;
  const made = await post(a, `/api/entities/${mara.id}/merge`, { other: tomas.id, note: 'test merge' });
  assert.equal(made.statusCode, 201, made.body);
  const { correction, entity } = made.json();
  assert.equal(correction.kind, 'entity.merge');
  const merged = (await a.inject({ url: `/api/entities/${entity}`, headers: LOCAL })).json();
  assert.deepEqual(aliases(merged.entity), ['Lindqvist', 'Mara Lindqvist', 'Tomas Berg']);
  assert.deepEqual(merged.corrections.map((c: { id: string }) => c.id), [correction.id], 'the page lists the correction that shaped it');
  assert.equal(await person(a, 'Tomas Berg'), undefined, 'the other entity is gone');
  assert.equal((await a.inject({ url: '/api/corrections?kind=entity.merge', headers: LOCAL })).json().items.length, 1);

  const undo = await post(a, `/api/corrections/${correction.id}/undo`, {});
  assert.equal(undo.statusCode, 200, undo.body);
  assert.match(undo.json().summary, /entities/);
  const back = (await a.inject({ url: `/api/entities/${undo.json().entity}`, headers: LOCAL })).json();
  assert.deepEqual(aliases(back.entity), ['Lindqvist', 'Mara Lindqvist'], 'undo shows without another entities run');
  assert.ok(await person(a, 'Tomas Berg'));
  assert.ok(back.corrections[0].undoneAt, 'the undone correction stays in the history');
});

test('renaming changes the name shown, and splitting an alias off makes it an entity of its own', async () => {
  const a = await app();
  const mara = (await person(a, 'Mara Lindqvist'))!;
  const renamed = await post(a, `/api/entities/${mara.id}/rename`, { name: 'Mara K. Lindqvist' });
  assert.equal(renamed.statusCode, 201, renamed.body);
  assert.equal((await a.inject({ url: `/api/entities/${renamed.json().entity}`, headers: LOCAL })).json().entity.name, 'Mara K. Lindqvist');
  const split = await post(a, `/api/entities/${renamed.json().entity}/split`, { aliases: ['Lindqvist'], name: 'Someone Lindqvist' });
  assert.equal(split.statusCode, 201, split.body);
  const kept = (await a.inject({ url: `/api/entities/${split.json().entity}`, headers: LOCAL })).json().entity;
  assert.deepEqual(aliases(kept), ['Mara Lindqvist']);
  assert.deepEqual(aliases(await person(a, 'Someone Lindqvist')), ['Lindqvist']);
});

test('corrections that cannot be made are refused with a JSON error and change nothing', async () => {
  const a = await app();
  const mara = (await person(a, 'Mara Lindqvist'))!;
  const self = await post(a, `/api/entities/${mara.id}/merge`, { other: 'Mara Lindqvist' });
  assert.deepEqual([self.statusCode, self.json().error.code], [400, 'PT-E041']);
  const alias = await post(a, `/api/entities/${mara.id}/split`, { aliases: ['Nobody'] });
  assert.deepEqual([alias.statusCode, alias.json().error.code], [400, 'PT-E041']);
  const blank = await post(a, `/api/entities/${mara.id}/rename`, { name: '   ' });
  assert.deepEqual([blank.statusCode, blank.json().error.code], [400, 'PT-E081']);
  const gone = await post(a, '/api/entities/e_00000000000000ff/rename', { name: 'X' });
  assert.deepEqual([gone.statusCode, gone.json().error.code], [404, 'PT-E080']);
  const noOther = await post(a, `/api/entities/${mara.id}/merge`, { other: 'Nobody At All' });
  assert.deepEqual([noOther.statusCode, noOther.json().error.code], [404, 'PT-E040']);
  assert.equal((await a.inject({ url: '/api/corrections', headers: LOCAL })).json().items.length, 0);
});
