/** 03: organisations, places and other names: one entity per folded name ("the BBC" = "BBC"). */
import type { EntityMentionRow } from '../store/entity-rows.js';
import { groupBy, newCluster, type Cluster } from './cluster.js';
import { orgKey } from './name-keys.js';

export function nameClusters(rows: readonly EntityMentionRow[]): Cluster[] {
  const others = rows.filter((r) => r.kind !== 'person' && orgKey(r.name).length > 0);
  return [...groupBy(others, (r) => `${r.kind}:${orgKey(r.name)}`)].map(([key, list]) => newCluster(key, list[0]!.kind, list));
}
