import autocannon from 'autocannon';
import type { ArticleQuery, Store } from '../../src/store/store.js';

export interface LoadResult {
  readonly times: number[];
  readonly rps: number;
  readonly errors: number;
  /** This process's CPU time (server and load generator both) per answered request, ms. */
  readonly cpuPerRequest: number;
}

export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

/** autocannon against `url`, cycling through `paths`; latencies of 200 answers only. */
export async function load(url: string, paths: readonly string[], connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const cpu = process.cpuUsage();
  const instance = autocannon({ url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => { if (status === 200) times.push(ms); else errors++; });
  const result = await instance;
  const used = process.cpuUsage(cpu);
  return { times: times.sort((a, b) => a - b), rps: result.requests.average, errors: errors + result.errors + result.non2xx, cpuPerRequest: (used.user + used.system) / 1000 / Math.max(1, times.length) };
}

/** The ArticleQuery a search path asks for (what the route passes to the store). */
export function queryOf(path: string): ArticleQuery {
  const p = new URL(path, 'http://x').searchParams;
  const get = (k: string) => p.get(k) ?? undefined;
  return { text: get('q'), outlet: get('outlet'), from: get('from'), to: get('to'), limit: 20 };
}

/** How many of the baseline's top 20 the store also puts in its top 20, averaged over `paths`. */
export async function agreement(store: Store, baseline: Store, paths: readonly string[]): Promise<number> {
  let shared = 0;
  let total = 0;
  for (const path of paths) {
    const query = queryOf(path);
    const [mine, theirs] = await Promise.all([store.listArticles(query), baseline.listArticles(query)]);
    const ids = new Set(mine.map((a) => a.id));
    shared += theirs.filter((a) => ids.has(a.id)).length;
    total += theirs.length;
  }
  return total === 0 ? 1 : shared / total;
}
