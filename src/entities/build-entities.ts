/**
 * Alias merging, pure: mention rows (and the user's corrections) in, entities and each mention's
 * entity out. 01 people within articles → 02 people across the corpus → 03 other names →
 * 04 corrections → 05 entity records. Deterministic: the same rows and corrections give the same
 * ids and records, which is what makes a second run over an unchanged store change nothing.
 */
import type { Correction } from '../core/correction.js';
import type { Entity } from '../core/entity.js';
import { sha256Hex } from '../core/hash.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import { localPeople } from './01-local-people.js';
import { corpusPeople } from './02-corpus-people.js';
import { nameClusters } from './03-names.js';
import { applyCorrections } from './04-corrections.js';
import { summarise } from './05-summarise.js';
import { rowKey, type Cluster } from './cluster.js';

export interface BuiltEntities {
  readonly entities: Entity[];
  /** Row key (`document#ordinal`) → entity id. */
  readonly assignment: Map<string, string>;
  readonly corrections: { readonly applied: readonly string[]; readonly skipped: readonly string[] };
}

export function entityId(key: string): string {
  return `e_${sha256Hex(key).slice(0, 16)}`;
}

const idOf = (c: Cluster) => c.id ?? entityId(c.key);

export function buildEntities(rows: readonly EntityMentionRow[], corrections: readonly Correction[] = []): BuiltEntities {
  const clusters: Cluster[] = [...corpusPeople(localPeople(rows)), ...nameClusters(rows)];
  const outcome = applyCorrections(clusters, corrections.filter((c) => c.kind.startsWith('entity.') && c.undoneAt === null), idOf);
  const entities: Entity[] = [];
  const assignment = new Map<string, string>();
  for (const c of clusters) {
    if (c.rows.length === 0) continue;
    const id = idOf(c);
    entities.push(summarise(c, id));
    for (const r of c.rows) assignment.set(rowKey(r), id);
  }
  entities.sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  return { entities, assignment, corrections: outcome };
}
