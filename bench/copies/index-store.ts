/**
 * One measured run of the `copies` corpus step over an existing SQLite store, in a process of its
 * own so its peak RSS and CPU time are the index's alone: `npx tsx bench/copies/index-store.ts DB`.
 * With `--memory N`: the baseline instead, the same detection in memory (`findCopies`, no store)
 * over the first N stored articles. Prints one JSON line.
 */
import type { Article } from '../../src/core/article.js';
import { getLayer } from '../../src/core/document.js';
import { copiesStep } from '../../src/service/copies-step.js';
import { copyEntry } from '../../src/stages/duplicates/05-entry.js';
import { findCopies } from '../../src/stages/duplicates/find-copies.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const [db, flag, n] = process.argv.slice(2);
const store = SqliteStore.open(db!);
const cpu0 = process.cpuUsage(), w0 = performance.now();
let counts: unknown, articles: number;
if (flag === '--memory') {
  const docs = [];
  for await (const d of store.documents()) { docs.push(d); if (docs.length >= Number(n)) break; }
  const c1 = process.cpuUsage(), w1 = performance.now();
  const items = docs.flatMap((d) => getLayer<Article>(d, 'articles').map((a) => ({ entry: copyEntry(d, a), text: d.text })));
  const found = findCopies(items);
  articles = items.length;
  const c = process.cpuUsage(c1);
  counts = { articles, pairs: found.pairs.length, candidates: found.candidates, readSeconds: (w1 - w0) / 1000 };
  report((performance.now() - w1) / 1000, c);
} else {
  const result = await copiesStep.run(store);
  counts = result.counts;
  articles = Number((result.counts as { articles?: number } | undefined)?.articles ?? 0);
  const c = process.cpuUsage(cpu0);
  report((performance.now() - w0) / 1000, c);
}
await store.close();

function report(wallSeconds: number, c: NodeJS.CpuUsage): void {
  console.log(JSON.stringify({ wallSeconds, cpuSeconds: (c.user + c.system) / 1e6, userSeconds: c.user / 1e6, systemSeconds: c.system / 1e6, articles, articlesPerSecond: articles / wallSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024, counts }));
}
