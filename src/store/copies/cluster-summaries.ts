import type { CopyClusterSummary, CopyPair } from '../../core/copy.js';
import type { CopyMemberRow } from './copy-index.js';

/** Cluster summaries from members and pairs, largest first (then earliest first date, then id). */
export function clusterSummaries(members: readonly CopyMemberRow[], pairs: readonly CopyPair[]): CopyClusterSummary[] {
  const groups = new Map<string, CopyMemberRow[]>();
  for (const m of members) groups.set(m.cluster, [...(groups.get(m.cluster) ?? []), m]);
  const clusterOf = new Map(members.map((m) => [m.article, m.cluster]));
  const pairCount = new Map<string, number>();
  for (const p of pairs) {
    const c = clusterOf.get(p.a.article);
    if (c !== undefined) pairCount.set(c, (pairCount.get(c) ?? 0) + 1);
  }
  const out = [...groups].map(([id, ms]): CopyClusterSummary => {
    const sorted = [...ms].sort((x, y) => x.rank - y.rank);
    const dates = sorted.map((m) => m.date).filter((d): d is string => d !== null).sort();
    return {
      id, size: ms.length, earliest: sorted[0]!.article, title: sorted[0]!.title ?? sorted.find((m) => m.title !== null)?.title ?? null,
      firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null,
      outlets: [...new Set(sorted.map((m) => m.outlet).filter((o): o is string => o !== null))], pairs: pairCount.get(id) ?? 0,
    };
  });
  return out.sort((a, b) => b.size - a.size || (a.firstDate ?? '\uffff').localeCompare(b.firstDate ?? '\uffff') || (a.id < b.id ? -1 : 1));
}
