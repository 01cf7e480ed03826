import type { ArticleRow } from '../article-rows.js';
import type { StoreStats } from '../store.js';

/** The same figures and orders as SqliteStore.stats(): most first, ties by name. */
export function memoryStats(rows: readonly ArticleRow[], mediaTypes: readonly string[], sources: number): StoreStats {
  const outlets = new Map<string, { outlet: string; articles: number }>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const row of rows) {
    if (row.date !== null) {
      if (firstDate === null || row.date < firstDate) firstDate = row.date;
      if (lastDate === null || row.date > lastDate) lastDate = row.date;
    }
    if (row.outlet === null || row.outletKey === null) continue;
    const seen = outlets.get(row.outletKey);
    if (!seen) outlets.set(row.outletKey, { outlet: row.outlet, articles: 1 });
    else outlets.set(row.outletKey, { outlet: row.outlet < seen.outlet ? row.outlet : seen.outlet, articles: seen.articles + 1 });
  }
  const types = new Map<string, number>();
  for (const t of mediaTypes) types.set(t, (types.get(t) ?? 0) + 1);
  return {
    documents: mediaTypes.length,
    articles: rows.length,
    sources,
    outlets: [...outlets.entries()].sort(([ka, a], [kb, b]) => b.articles - a.articles || cmp(ka, kb)).map(([, v]) => v),
    firstDate,
    lastDate,
    mediaTypes: [...types.entries()].sort(([a, x], [b, y]) => y - x || cmp(a, b)).map(([mediaType, documents]) => ({ mediaType, documents })),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
