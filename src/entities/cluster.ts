import type { EntityKind } from '../core/entity.js';
import type { EntityMentionRow } from '../store/entity-rows.js';

/** A group of mention rows taken as one referent, with the key its id is made from. */
export interface Cluster {
  readonly key: string;
  readonly kind: EntityKind;
  readonly rows: EntityMentionRow[];
  /** A surname-only cluster ("Clinton" where no full name could be chosen). */
  readonly bare: boolean;
  /** Set by a correction: the id to keep, the display name, the corrections applied. */
  id?: string;
  name?: string;
  corrections: string[];
}

export function rowKey(r: Pick<EntityMentionRow, 'document' | 'ordinal'>): string {
  return `${r.document}#${r.ordinal}`;
}

export function newCluster(key: string, kind: EntityKind, rows: EntityMentionRow[], bare = false): Cluster {
  return { key, kind, rows, bare, corrections: [] };
}

/** Rows grouped by a key function, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
