/**
 * The `entities` corpus step: alias merging over the whole store. It reads the compact mention
 * rows (not the documents), merges them into entities with the user's corrections applied
 * (src/entities/build-entities.ts), and writes only what changed: a second run over an unchanged
 * store writes nothing, and ingest going on meanwhile is picked up by the next run.
 */
import type { Correction } from '../core/correction.js';
import type { CorpusStep, CorpusStepResult } from '../core/corpus-step.js';
import type { Entity } from '../core/entity.js';
import { buildEntities } from '../entities/build-entities.js';
import { rowKey } from '../entities/cluster.js';
import type { EntityChanges, EntityMentionRow } from '../store/entity-rows.js';
import type { Store } from '../store/store.js';

const CORRECTION_KINDS = ['entity.merge', 'entity.split', 'entity.rename'] as const;

/** The store's active entity corrections. */
async function entityCorrections(store: Store): Promise<Correction[]> {
  return (await Promise.all(CORRECTION_KINDS.map((kind) => store.listCorrections({ kind })))).flat();
}

/** What differs between the stored entities and assignments and the computed ones. */
export function entityChanges(rows: readonly EntityMentionRow[], stored: readonly Entity[], built: ReturnType<typeof buildEntities>): EntityChanges {
  const before = new Map(stored.map((e) => [e.id, JSON.stringify(e)]));
  const ids = new Set(built.entities.map((e) => e.id));
  return {
    upsert: built.entities.filter((e) => before.get(e.id) !== JSON.stringify(e)),
    remove: stored.filter((e) => !ids.has(e.id)).map((e) => e.id),
    assign: rows.flatMap((r) => {
      const entity = built.assignment.get(rowKey(r)) ?? null;
      return entity === r.entity ? [] : [{ document: r.document, ordinal: r.ordinal, entity }];
    }),
  };
}

function count(entities: readonly Entity[], kind: Entity['kind']): number {
  return entities.filter((e) => e.kind === kind).length;
}

export const entitiesStep: CorpusStep = {
  name: 'entities',
  version: 1,
  async run(store: Store, progress?: (done: number, total: number) => void): Promise<CorpusStepResult> {
    const rows = await store.listEntityMentions();
    const built = buildEntities(rows, await entityCorrections(store));
    const changes = entityChanges(rows, await store.listEntities(), built);
    const writes = changes.upsert.length + changes.remove.length + changes.assign.length;
    if (writes > 0) await store.writeEntities(changes);
    progress?.(rows.length, rows.length);
    const { entities } = built;
    const skipped = built.corrections.skipped.length;
    return {
      summary: `${entities.length} entities (${count(entities, 'person')} people, ${count(entities, 'org')} organisations, ${count(entities, 'place')} places) from ${rows.length} mentions; `
        + `${changes.upsert.length} written, ${changes.remove.length} removed${built.corrections.applied.length ? `; ${built.corrections.applied.length} corrections applied` : ''}`
        + `${skipped ? `; ${skipped} corrections found no entity` : ''}`,
      counts: { entities: entities.length, mentions: rows.length, written: changes.upsert.length, removed: changes.remove.length, assigned: changes.assign.length, correctionsApplied: built.corrections.applied.length, correctionsSkipped: skipped },
    };
  },
};
