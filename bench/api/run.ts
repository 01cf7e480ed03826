/**
 * bench/api: API latency on loopback under load (autocannon), per class of request, for this
 * code beside the baseline (the search and speaker SQL before the apiperf branch, see
 * baseline-store.ts) in the same run, class by class. Usage:
 *   npx tsx bench/api/run.ts STORE.db [--build CORPORA_DIR] [--seconds 5] [--connections 1]
 * --build ingests the three scale corpora (104k texts; ~20 min on a shared 2-core machine) into
 * STORE.db first when it does not exist. Every path is requested once, untimed, before measuring. Prints a Markdown table: p50 / p95 / p99 ms, req/s,
 * CPU ms a request, and for searches how much of the baseline's top 20 the new code also lists.
 */
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { createServer } from '../../src/server/create-server.js';
import { ingestFiles } from '../../src/service/ingest-files.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { baselineStore } from './baseline-store.js';
import { agreement, load, percentile } from './load.js';
import { allSearches, searchClasses, type QueryClass } from './query-mix.js';

const SCALE = ['scale-reuters21578', 'scale-senate-press-releases', 'scale-doj-opa-press-releases'];

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : fallback; };
const dbPath = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dbPath) { console.error('usage: npx tsx bench/api/run.ts STORE.db [--build CORPORA_DIR] [--seconds 5] [--connections 1]'); process.exit(2); }
const seconds = Number(flag('--seconds', '5'));
const connections = Number(flag('--connections', '1'));

async function build(corpora: string): Promise<void> {
  const files = SCALE.map((c) => join(corpora, c, 'articles.jsonl.gz')).filter(existsSync).map((path) => ({ path, size: statSync(path).size }));
  if (files.length === 0) { console.error(`no scale corpora under ${corpora}`); process.exit(2); }
  const store = SqliteStore.open(dbPath!);
  const s = await ingestFiles(store, files, { stages: defaultPipeline, maxBytes: 1024 ** 3 });
  await store.close();
  console.log(`built ${dbPath}: ${s.documentsAdded} documents in ${s.seconds.toFixed(0)} s`);
}

async function serve(store: Store): Promise<{ url: string; close: () => Promise<void> }> {
  // The store's own speed: the 30 s search cache off.
  const app = await createServer(store, { host: '127.0.0.1', token: null, webRoot: null, stages: defaultPipeline, cacheSearches: false });
  return { url: await app.listen({ host: '127.0.0.1', port: 0 }), close: () => app.close() };
}

const corpora = flag('--build', '');
if (corpora && !existsSync(dbPath)) await build(corpora);
if (!existsSync(dbPath)) { console.error(`no store at ${dbPath} (pass --build ../shared/corpora to make one)`); process.exit(2); }
const store = SqliteStore.open(dbPath);
const old = baselineStore(store, dbPath);
const stats = await store.stats();
const [servers, oldServers] = [await serve(store), await serve(old)];
const outlets = [stats.outlets[0]!.outlet, stats.outlets[Math.floor(stats.outlets.length / 2)]!.outlet];
const [article] = await store.listArticles({ text: 'fraud', limit: 1 });
const speakers = (await store.listSpeakers({ limit: 50 })).filter((_, i) => i % 10 === 0);
const searches = searchClasses(outlets);
const classes: Array<QueryClass & { search: boolean }> = [
  ...[allSearches(searches), ...searches].map((c) => ({ ...c, search: true })),
  { name: 'GET /api/articles/:id (the reader)', paths: [`/api/articles/${article!.id}`], search: false },
  { name: `GET /api/speakers/:name (${speakers.length} of the top 50 speakers, the top one first)`, paths: speakers.map((s) => `/api/speakers/${encodeURIComponent(s.name)}`), search: false },
  { name: 'GET /api/quotes?text=… (the search page\'s quote column)', paths: searches[0]!.paths.map((p) => p.replace('/api/articles?q=', '/api/quotes?text=')), search: false },
];
// One untimed pass over every path first, so both codes find the pages they read in the page
// cache (the store is 3.5 GB; a cold speaker page at 100k waits a second on the disk).
for (const path of classes.flatMap((c) => c.paths)) await fetch(new URL(path, servers.url));
console.error('warmed up');
const rows: string[] = [];
for (const c of classes) {
  const agree = c.search ? `${(100 * await agreement(store, old, c.paths)).toFixed(0)}%` : '—';
  for (const [code, server] of [['baseline', oldServers], ['this branch', servers]] as const) {
    const r = await load(server.url, c.paths, connections, seconds);
    const t = r.times;
    rows.push(`| ${c.name} | ${code} | ${percentile(t, 0.5).toFixed(1)} | ${percentile(t, 0.95).toFixed(1)} | ${percentile(t, 0.99).toFixed(1)} | ${r.rps.toFixed(0)} | ${r.cpuPerRequest.toFixed(1)} | ${code === 'baseline' ? '' : agree} | ${r.errors} |`);
  }
  console.error(`${c.name}: done, load average ${loadavg()[0]!.toFixed(1)}`);
}
await servers.close();
await oldServers.close();
await old.close();
await store.close();
console.log(`\nstore: ${dbPath} · ${stats.documents.toLocaleString('en-US')} documents, ${stats.articles.toLocaleString('en-US')} articles · autocannon ${connections} connection(s) x ${seconds} s per row on 127.0.0.1, search cache off`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) at the end\n`);
console.log('| request | code | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | top-20 shared with baseline | errors |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
