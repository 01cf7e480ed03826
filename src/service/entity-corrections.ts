/**
 * `entity merge|split|rename`: a user's correction, stored apart from documents and anchored to a
 * mention span (plus the names involved), so it finds its entity again after re-ingest and
 * re-processing renumber entities; then the entities step runs so the change shows at once.
 */
import type { Correction, NewCorrection } from '../core/correction.js';
import type { DocumentSpan, Entity, EntityMergeValue, EntityRenameValue, EntitySplitValue } from '../core/entity.js';
import type { CorpusStepResult } from '../core/corpus-step.js';
import { PresstrailError } from '../core/errors.js';
import { fold } from '../entities/name-keys.js';
import type { Store } from '../store/store.js';
import { entitiesStep } from './entities-step.js';
import { findEntity } from './find-entity.js';

/** A span of the entity to anchor a correction to: a mention that carries its name, else its first mention. */
async function anchorOf(store: Store, e: Entity, avoid: ReadonlySet<string> = new Set()): Promise<DocumentSpan> {
  const rows = (await store.listEntityMentions({ entity: e.id })).filter((r) => !avoid.has(fold(r.name)));
  const best = rows.find((r) => fold(r.name) === fold(e.name)) ?? rows[0];
  if (!best) throw new PresstrailError('PT-E041', `"${e.name}" has no mention to anchor the correction to.`);
  return { document: best.document, start: best.start, end: best.end };
}

export interface CorrectionDone {
  readonly correction: Correction;
  readonly step: CorpusStepResult;
}

async function save(store: Store, c: NewCorrection): Promise<CorrectionDone> {
  const correction = await store.addCorrection(c);
  return { correction, step: await entitiesStep.run(store) };
}

export async function mergeEntities(store: Store, a: string, b: string, note?: string): Promise<CorrectionDone> {
  const first = (await findEntity(store, a)).entity;
  const second = (await findEntity(store, b)).entity;
  if (first.id === second.id) throw new PresstrailError('PT-E041', `"${a}" and "${b}" are already one entity (${first.id}).`);
  const value: EntityMergeValue = { entity: first.name, other: { name: second.name, ...(await anchorOf(store, second)) } };
  return save(store, { kind: 'entity.merge', target: first.id, anchor: await anchorOf(store, first), value: { ...value }, ...(note ? { note } : {}) });
}

export async function splitEntity(store: Store, name: string, aliases: readonly string[], newName?: string, note?: string): Promise<CorrectionDone> {
  const { entity } = await findEntity(store, name);
  const keys = new Set(aliases.map(fold));
  const have = new Set(entity.aliases.map((x) => fold(x.name)));
  const missing = aliases.filter((x) => !have.has(fold(x)));
  if (missing.length > 0) throw new PresstrailError('PT-E041', `"${entity.name}" has no alias ${missing.map((m) => `"${m}"`).join(', ')}; its aliases are ${entity.aliases.map((x) => `"${x.name}"`).join(', ')}.`);
  if (entity.aliases.every((x) => keys.has(fold(x.name)))) throw new PresstrailError('PT-E041', `Splitting off every alias of "${entity.name}" leaves nothing; rename it instead.`);
  const value: EntitySplitValue = { entity: entity.name, aliases: [...aliases], ...(newName ? { name: newName } : {}) };
  return save(store, { kind: 'entity.split', target: entity.id, anchor: await anchorOf(store, entity, keys), value: { ...value }, ...(note ? { note } : {}) });
}

export async function renameEntity(store: Store, name: string, newName: string, note?: string): Promise<CorrectionDone> {
  const { entity } = await findEntity(store, name);
  const value: EntityRenameValue = { entity: entity.name, name: newName };
  return save(store, { kind: 'entity.rename', target: entity.id, anchor: await anchorOf(store, entity), value: { ...value }, ...(note ? { note } : {}) });
}
