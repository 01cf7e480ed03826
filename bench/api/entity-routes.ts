/**
 * The entity views' API routes in-process (`app.inject`, search cache off), wall and CPU time per
 * request, beside the reader's route (GET /api/articles/:id) measured in the same run as a baseline.
 * Usage: npx tsx bench/api/entity-routes.ts STORE.db [--runs 20]   (a store with entities: `presstrail demo --db …`)
 */
import { cpus, loadavg } from 'node:os';
import { openStore } from '../../src/store/open-store.js';
import { LOCAL, testServer } from '../../test/server-helpers.js';

const db = process.argv[2];
if (!db) { console.error('usage: npx tsx bench/api/entity-routes.ts STORE.db [--runs 20]'); process.exit(2); }
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 20) || 20;
const store = await openStore(db);
const app = await testServer(store, { cacheSearches: false });
const get = async (url: string) => {
  const r = await app.inject({ url, headers: LOCAL });
  if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
  return r.json();
};
const [top] = (await get('/api/entities?kind=person&limit=1')).items as Array<{ id: string; name: string }>;
const [article] = (await get(`/api/entities/${top!.id}/articles?limit=1`)).items as Array<{ id: string }>;
const urls: Array<[string, string]> = [
  ['baseline: GET /api/articles/:id (the reader)', `/api/articles/${article!.id}`],
  ['GET /api/articles/:id/names (names and dates)', `/api/articles/${article!.id}/names`],
  ['GET /api/entities?kind=person (first page)', '/api/entities?kind=person'],
  ['GET /api/entities?q=… (filter)', `/api/entities?q=${encodeURIComponent(top!.name.slice(0, 4))}`],
  [`GET /api/entities/:id (${top!.name}, the most mentioned)`, `/api/entities/${top!.id}`],
  ['GET /api/entities/:id/articles (entity filter)', `/api/entities/${top!.id}/articles`],
  ['GET /api/timeline?entity=…', `/api/timeline?entity=${top!.id}`],
  ['GET /api/timeline (whole corpus, uncached)', '/api/timeline'],
];
console.log(`| request | median wall ms | median CPU ms | (${runs} runs each; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}) |`);
console.log('|---|---|---|---|');
for (const [label, url] of urls) {
  await get(url);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await get(url);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`| ${label} | ${median(wall).toFixed(1)} | ${median(cpu).toFixed(1)} | |`);
}
await app.close();
await store.close();
