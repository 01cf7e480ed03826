/**
 * bench/api: API latency on loopback under load (autocannon), beside the same store calls made
 * in-process as the baseline. Usage:
 *   npx tsx bench/api/run.ts STORE.db [--build CORPORA_DIR] [--seconds 8] [--connections 4]
 * --build ingests the three scale corpora (104k texts; ~20 min on a shared 2-core machine) into
 * STORE.db first when it does not exist. Prints a Markdown table: p50 / p95 / p99 ms and req/s.
 */
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { createServer } from '../../src/server/create-server.js';
import { ingestFiles } from '../../src/service/ingest-files.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

/** The 20 queries of bench/scale: words, phrases, OR, prefixes over wires and press releases. */
const QUERIES = [
  'fraud', 'sentenced', 'indictment', '"federal prison"', '"attorney general"', 'senator', '"health care"', 'veterans',
  'oil prices', 'cocoa', 'dividend', 'inflation', 'export*', 'tax OR tariff', 'drug trafficking', 'climate', 'bank loans',
  '"farm bill"', 'immigra*', 'wheat',
];
const SCALE = ['scale-reuters21578', 'scale-senate-press-releases', 'scale-doj-opa-press-releases'];

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : fallback; };
const dbPath = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dbPath) { console.error('usage: npx tsx bench/api/run.ts STORE.db [--build CORPORA_DIR] [--seconds 8] [--connections 4]'); process.exit(2); }
const seconds = Number(flag('--seconds', '8'));
const connections = Number(flag('--connections', '4'));

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

async function build(corpora: string): Promise<void> {
  const files = SCALE.map((c) => join(corpora, c, 'articles.jsonl.gz')).filter(existsSync).map((path) => ({ path, size: statSync(path).size }));
  if (files.length === 0) { console.error(`no scale corpora under ${corpora}`); process.exit(2); }
  const store = SqliteStore.open(dbPath!);
  const s = await ingestFiles(store, files, { stages: defaultPipeline, maxBytes: 1024 ** 3 });
  await store.close();
  console.log(`built ${dbPath}: ${s.documentsAdded} documents in ${s.seconds.toFixed(0)} s`);
}

/** The work GET /api/articles?q= does (a page and the total), called directly. */
async function baseline(store: Store): Promise<number[]> {
  const times: number[] = [];
  for (let pass = 0; pass < 4; pass++) {
    for (const text of QUERIES) {
      const t = performance.now();
      await Promise.all([store.listArticles({ text, limit: 20 }), store.countArticles({ text })]);
      if (pass > 0) times.push(performance.now() - t);
    }
  }
  return times.sort((a, b) => a - b);
}

async function load(url: string, paths: readonly string[]): Promise<{ times: number[]; rps: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({ url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => { if (status === 200) times.push(ms); else errors++; });
  const result = await instance;
  return { times: times.sort((a, b) => a - b), rps: result.requests.average, errors: errors + result.errors + result.non2xx };
}

const corpora = flag('--build', '');
if (corpora && !existsSync(dbPath)) await build(corpora);
if (!existsSync(dbPath)) { console.error(`no store at ${dbPath} (pass --build ../shared/corpora to make one)`); process.exit(2); }
const store = SqliteStore.open(dbPath);
const stats = await store.stats();
// The store's own speed: the search cache off (a second server below shows it on).
const app = await createServer(store, { host: '127.0.0.1', token: null, webRoot: null, stages: defaultPipeline, cacheSearches: false });
const base = await app.listen({ host: '127.0.0.1', port: 0 });
const cached = await createServer(store, { host: '127.0.0.1', token: null, webRoot: null, stages: defaultPipeline });
const cachedBase = await cached.listen({ host: '127.0.0.1', port: 0 });
const [article] = await store.listArticles({ text: 'fraud', limit: 1 });
const [speaker] = await store.listSpeakers({ limit: 1 });
const rows: Array<[string, number[], number, number]> = [];
const direct = await baseline(store);
rows.push(['baseline: listArticles + countArticles in-process (20 queries)', direct, NaN, 0]);
const searches = QUERIES.map((q) => `/api/articles?q=${encodeURIComponent(q)}&limit=20`);
const runs: Array<[string, string[], string?]> = [
  ['GET /api/articles?q=… (20 queries, page of 20 + total)', searches],
  ['the same with the 30 s search cache on (repeats answered from memory)', searches, cachedBase],
  ['GET /api/articles?q=…&from=…&to=… (date-filtered search)', QUERIES.map((q) => `/api/articles?q=${encodeURIComponent(q)}&from=2005-01-01&to=2012-12-31&limit=20`)],
  ['GET /api/articles/:id (the reader)', [`/api/articles/${article!.id}`]],
  ['GET /api/speakers/:name (the top speaker\'s page)', [`/api/speakers/${encodeURIComponent(speaker!.name)}`]],
];
for (const [name, paths, url] of runs) {
  const r = await load(url ?? base, paths);
  rows.push([name, r.times, r.rps, r.errors]);
}
await app.close();
await cached.close();
await store.close();
console.log(`\nstore: ${dbPath} · ${stats.documents.toLocaleString('en-US')} documents, ${stats.articles.toLocaleString('en-US')} articles · autocannon ${connections} connections x ${seconds} s per row on 127.0.0.1`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) at the end\n`);
console.log('| request | p50 ms | p95 ms | p99 ms | req/s | errors |');
console.log('|---|---|---|---|---|---|');
for (const [name, t, rps, errors] of rows) {
  console.log(`| ${name} | ${percentile(t, 0.5).toFixed(1)} | ${percentile(t, 0.95).toFixed(1)} | ${percentile(t, 0.99).toFixed(1)} | ${Number.isNaN(rps) ? '—' : rps.toFixed(0)} | ${errors} |`);
}
