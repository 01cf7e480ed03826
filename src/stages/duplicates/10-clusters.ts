import type { CopyMember } from '../../core/copy.js';
import { hashString } from './01-words.js';
import { earlier } from './09-lineage.js';

export interface ClusterInput {
  readonly pairs: ReadonlyArray<{ readonly a: string; readonly b: string }>;
  /** Date of each article in a pair (null when undated). */
  readonly dates: ReadonlyMap<string, string | null>;
}

function find(parent: Map<string, string>, x: string): string {
  let r = x;
  while (parent.get(r) !== r) r = parent.get(r)!;
  for (let y = x; parent.get(y) !== r;) { const next = parent.get(y)!; parent.set(y, r); y = next; }
  return r;
}

/**
 * Copy clusters: articles joined by copy pairs (transitively). Members are ranked by date, then
 * id; rank 0 is the earliest version. A cluster is named after its earliest member, so its id
 * stays put while later copies join.
 */
export function clustersOf(input: ClusterInput): CopyMember[] {
  const parent = new Map<string, string>();
  for (const { a, b } of input.pairs) {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(parent, a), rb = find(parent, b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = find(parent, x);
    groups.set(r, [...(groups.get(r) ?? []), x]);
  }
  const out: CopyMember[] = [];
  for (const members of groups.values()) {
    const entries = members.map((article) => ({ article, date: input.dates.get(article) ?? null }));
    entries.sort((x, y) => (earlier(x, y) ? -1 : earlier(y, x) ? 1 : 0));
    const cluster = clusterId(entries[0]!.article);
    entries.forEach((e, rank) => out.push({ article: e.article, cluster, rank, date: e.date }));
  }
  return out;
}

export function clusterId(earliest: string): string {
  return `c_${hashString(earliest).toString(16).padStart(8, '0')}${hashString(`c|${earliest}`).toString(16).padStart(8, '0').slice(0, 4)}`;
}
