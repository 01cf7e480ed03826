import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryStore } from '../store/memory/memory-store.js';
import { defaultPipeline } from '../default-pipeline.js';
import { exportStore } from '../export/export-store.js';
import { entitiesStep } from './entities-step.js';
import { mergeEntities, renameEntity, splitEntity } from './entity-corrections.js';
import { findEntity } from './find-entity.js';
import { reprocessStore } from './reprocess.js';
import { buildTimeline } from './timeline.js';
import { CLINTON_1998, CLINTON_1999, newsDocument } from './testing-entities.js';

async function clintonStore(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.putDocument(newsDocument(CLINTON_1998, '1998-03-05', 'Harbour Herald'));
  await store.putDocument(newsDocument(CLINTON_1999, '1999-07-20', 'Valley Courier'));
  await entitiesStep.run(store);
  return store;
}

const aliases = async (store: MemoryStore, name: string) => {
  const { entity } = await findEntity(store, name);
  return [entity.name, ...entity.aliases.map((a) => a.name).filter((a) => a !== entity.name).sort()];
};

test('the step merges William J. Clinton, President Clinton and Bill Clinton across articles and keeps Hillary Clinton apart', async () => {
  const store = await clintonStore();
  assert.deepEqual(await aliases(store, 'William J. Clinton'), ['Bill Clinton', 'Clinton', 'William J. Clinton']);
  const hillary = (await findEntity(store, 'Hillary Clinton')).entity;
  assert.notEqual(hillary.id, (await findEntity(store, 'Bill Clinton')).entity.id);
  const bill = (await findEntity(store, 'William J. Clinton')).entity;
  assert.deepEqual(bill.roles.map((r) => [r.title, r.from]), [['President', '1998-03-05']]);
  assert.deepEqual(bill.outlets, ['Harbour Herald', 'Valley Courier']);
});

test('a second run over an unchanged store writes nothing', async () => {
  const store = await clintonStore();
  const again = await entitiesStep.run(store);
  assert.deepEqual([again.counts?.written, again.counts?.removed, again.counts?.assigned], [0, 0, 0]);
});

test('merge, split and rename corrections apply at once and survive reprocess', async () => {
  const store = await clintonStore();
  await mergeEntities(store, 'Bill Clinton', 'Hillary Clinton');
  assert.equal((await findEntity(store, 'Hillary Clinton')).entity.id, (await findEntity(store, 'Bill Clinton')).entity.id);
  await splitEntity(store, 'Bill Clinton', ['Hillary Clinton']);
  await renameEntity(store, 'William J. Clinton', 'Bill Clinton (42nd president)');
  await reprocessStore(store, defaultPipeline);
  await entitiesStep.run(store);
  const bill = (await findEntity(store, 'Bill Clinton (42nd president)')).entity;
  assert.equal(bill.corrections.length, 3);
  assert.notEqual((await findEntity(store, 'Hillary Clinton')).entity.id, bill.id);
  assert.ok(!bill.aliases.some((a) => a.name === 'Hillary Clinton'));
});

test('a correction that names an entity twice or an alias it lacks is refused', async () => {
  const store = await clintonStore();
  await assert.rejects(mergeEntities(store, 'Bill Clinton', 'William J. Clinton'), /PT-E041|already one entity/);
  await assert.rejects(splitEntity(store, 'Bill Clinton', ['Chelsea Clinton']), /has no alias/);
  await assert.rejects(findEntity(store, 'Nobody Atall'), /No entity is named/);
});

test('the export links quote speakers to their entity and writes mention, event and entity records', async () => {
  const store = await clintonStore();
  const lines: string[] = [];
  await exportStore(store, { format: 'jsonl', text: false, generator: 'test' }, (chunk) => { lines.push(...chunk.trimEnd().split('\n')); });
  const records = lines.map((l) => JSON.parse(l) as { type: string; [k: string]: unknown });
  const bill = (await findEntity(store, 'William J. Clinton')).entity;
  const quote = records.find((r) => r.type === 'quote' && (r.text as string).includes('pensions')) as unknown as { speaker: { entity: string } };
  assert.equal(quote.speaker.entity, bill.id);
  const entity = records.find((r) => r.type === 'entity' && r.id === bill.id) as unknown as { name: string; aliases: string[]; roles: Array<{ title: string; from: string; article: string }> };
  assert.deepEqual([entity.name, entity.roles[0]!.title, entity.roles[0]!.from], ['Bill Clinton', 'President', '1998-03-05']);
  assert.ok(records.some((r) => r.type === 'mention' && r.entity === bill.id && r.text === 'Bill Clinton'));
  const event = records.find((r) => r.type === 'event' && r.text === 'last week') as unknown as { date: string; granularity: string };
  assert.deepEqual([event.date, event.granularity], ['1999-W28', 'week']);
});

test('an entity timeline places its quotes on article dates and its dated sentences on their days', async () => {
  const store = await clintonStore();
  const bill = (await findEntity(store, 'William J. Clinton')).entity;
  const items = await buildTimeline(store, { entity: bill });
  assert.deepEqual(items.map((i) => [i.kind, i.date, i.evidence?.text ?? i.text.slice(0, 20)]), [
    ['event', '1998-03-03', 'Tuesday'],
    ['quote', '1998-03-05', '"We will not cut pen'],
    ['event', '1999-07', 'July'],
    ['event', '1999-W28', 'last week'],
  ]);
  assert.deepEqual((await buildTimeline(store, { entity: bill, from: '1999-01-01' })).map((i) => i.date), ['1999-07', '1999-W28']);
});

test('the export links a headline claim\'s speaker to the entity its body mention belongs to', async () => {
  const store = await clintonStore();
  await store.putDocument(newsDocument('Clinton vows no cut in pensions\n\nPresident Bill Clinton met retired teachers on Monday. "We will not cut pensions," Clinton said.', '1998-03-09', 'Harbour Herald'));
  await entitiesStep.run(store);
  const lines: string[] = [];
  await exportStore(store, { format: 'jsonl', text: false, generator: 'test' }, (chunk) => { lines.push(...chunk.trimEnd().split('\n')); });
  const records = lines.map((l) => JSON.parse(l) as { type: string; [k: string]: unknown });
  const bill = (await findEntity(store, 'William J. Clinton')).entity;
  const headline = records.find((r) => r.type === 'headline' && r.text === 'Clinton vows no cut in pensions') as unknown as { claims: Array<{ speaker: string; entity: string | null }> };
  assert.equal(headline.claims[0]!.speaker, 'Bill Clinton');
  assert.equal(headline.claims[0]!.entity, bill.id);
  const untitled = records.find((r) => r.type === 'headline' && r.text === 'Budget talks resume') as unknown as { claims: Array<{ entity: string | null }> };
  assert.equal(untitled.claims[0]!.entity, null, 'a headline that attributes nothing names no entity');
});

test('the timeline honours corrections: a rejected quote leaves it, a quote given to someone else leaves its old speaker\'s timeline', async () => {
  const store = await clintonStore();
  const bill = (await findEntity(store, 'William J. Clinton')).entity;
  const quote = (await buildTimeline(store, { entity: bill })).find((i) => i.kind === 'quote')!;
  const moved = await store.addCorrection({ kind: 'quote.speaker', target: quote.ref!, value: { name: 'Hillary Clinton', kind: 'person' } });
  assert.equal((await buildTimeline(store, { entity: bill })).filter((i) => i.kind === 'quote').length, 0);
  assert.equal((await buildTimeline(store)).find((i) => i.ref === quote.ref)?.who, 'Hillary Clinton', 'the corpus timeline shows the corrected speaker');
  await store.undoCorrection(moved.id);
  await store.addCorrection({ kind: 'quote.reject', target: quote.ref!, value: {} });
  assert.equal((await buildTimeline(store)).some((i) => i.ref === quote.ref), false, 'a rejected quote is no statement');
});
