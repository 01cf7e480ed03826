import type { CopyMember } from '../../core/copy.js';
import { hashString } from './01-words.js';
import { earlier } from './09-lineage.js';

export interface ClusterInput {
  /** `strong`: the copied block covers (nearly) all of one article (an article or embedded copy). */
  readonly pairs: ReadonlyArray<{ readonly a: string; readonly b: string; readonly strong?: boolean }>;
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
 * Copy clusters: articles joined (transitively) by strong pairs, where one article is a copy of
 * the other or of part of it. A partial pair (a few shared paragraphs) adds an article that is in
 * no cluster yet to the other's cluster but never merges two clusters, so a roundup that reprints
 * two stories does not make them one story. Members are ranked by date, then id; rank 0 is the
 * earliest version. A cluster is named after its earliest member.
 */
export function clustersOf(input: ClusterInput): CopyMember[] {
  const parent = new Map<string, string>();
  const strong = input.pairs.filter((p) => p.strong !== false);
  for (const { a, b } of strong) {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const ra = find(parent, a), rb = find(parent, b);
    if (ra !== rb) parent.set(ra, rb);
  }
  for (const { a, b } of input.pairs.filter((p) => p.strong === false)) {
    const [ha, hb] = [parent.has(a), parent.has(b)];
    if (ha && hb) continue;
    if (!ha) parent.set(a, hb ? find(parent, b) : a);
    if (!hb) parent.set(b, find(parent, a));
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
