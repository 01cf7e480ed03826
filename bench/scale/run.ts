/**
 * Ingest at scale, side by side in one run, on the scale corpora (~104k news and press texts):
 *   sqlite    — single-process SQLite ingest of the chunk files (the default backend)
 *   pg-1      — PostgreSQL, `ingest --queue` then 1 `presstrail worker --once` process
 *   pg-2      — the same with 2 worker processes
 * Each variant gets a fresh database. A JSONL export is one file (one job), so the records are first
 * split into chunk files of CHUNK records in a temp dir: a worker takes one chunk per job.
 * Peak RSS: the SQLite child reports its own (process.resourceUsage().maxRSS); the CLI workers
 * cannot, so the parent polls /proc/<pid>/status VmHWM (the kernel's high-water mark) every 100 ms.
 * Then search latency (listArticles, 20-row page) over 20 fixed queries on the full store, SQLite
 * and PostgreSQL (after VACUUM ANALYZE, as autovacuum would do after a bulk load).
 *
 * Usage: npx tsx bench/scale/run.ts [CORPORA_DIR] [--limit N]
 * PostgreSQL: $PRESSTRAIL_TEST_PG if set, else the cluster of scripts/ci-postgres.sh (started if
 * needed; stop it afterwards with `bash scripts/ci-postgres.sh stop`).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';

const CHUNK = 2000;
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const dir = args.find((a, i) => !a.startsWith('--') && i !== limitAt + 1) ?? '../shared/corpora';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUN_CLI = join(ROOT, 'test/run-cli.ts');

/** 20 fixed queries for news wires and government press releases: words, phrases, OR, prefixes. */
const QUERIES = [
  'fraud', 'sentenced', 'indictment', '"federal prison"', '"attorney general"', 'senator', '"health care"', 'veterans',
  'oil prices', 'cocoa', 'dividend', 'inflation', 'export*', 'tax OR tariff', 'drug trafficking', 'climate', 'bank loans',
  '"farm bill"', 'immigra*', 'wheat',
];
const RUNS = 3; // timed passes over the 20 queries, after one warm-up pass

const corpora = existsSync(dir)
  ? readdirSync(dir).filter((d) => d.startsWith('scale-')).sort().map((d) => join(dir, d, 'articles.jsonl.gz')).filter(existsSync)
  : [];
if (corpora.length === 0) {
  console.log(`bench/scale: no scale corpora under ${dir} (expected scale-*/articles.jsonl.gz); skipped.`);
  process.exit(0);
}

/** Splits each corpus (up to limit/corpora records from each) into chunk files of CHUNK records. */
async function split(work: string): Promise<{ files: string[]; records: number; bytes: number }> {
  const files: string[] = [];
  let records = 0, bytes = 0;
  const perCorpus = Math.ceil(limit / corpora.length);
  for (const corpus of corpora) {
    let n = 0;
    let out: WriteStream | undefined;
    const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      if (n >= perCorpus) break;
      if (n % CHUNK === 0) {
        if (out) await new Promise((done) => out!.end(done));
        const path = join(work, `chunk-${String(files.length).padStart(4, '0')}.jsonl`);
        files.push(path);
        out = createWriteStream(path);
      }
      if (!out!.write(line + '\n')) await new Promise((done) => out!.once('drain', () => done(undefined)));
      bytes += Buffer.byteLength(line) + 1;
      n++;
    }
    if (out) await new Promise((done) => out!.end(done));
    records += n;
  }
  return { files, records, bytes };
}

function postgresUrl(): string {
  if (process.env.PRESSTRAIL_TEST_PG) return process.env.PRESSTRAIL_TEST_PG;
  const out = execFileSync('bash', [join(ROOT, 'scripts/ci-postgres.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop()!;
}

async function admin<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return await run(c); } finally { await c.end(); }
}

function databaseUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.href;
}

/** Peak resident set of a child, from the kernel's high-water mark, polled until it exits. */
function spawnWatched(argv: string[]): Promise<{ code: number | null; maxRssMB: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    let hwmKB = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwmKB = Math.max(hwmKB, Number(m[1]));
      } catch { /* gone */ }
    };
    const timer = setInterval(poll, 100);
    child.on('error', fail);
    child.on('exit', (code) => { clearInterval(timer); done({ code, maxRssMB: hwmKB / 1024 }); });
  });
}

async function searchLatency(store: Store): Promise<{ p50: number; p95: number; matches: number }> {
  const times: number[] = [];
  let matches = 0;
  for (const text of QUERIES) { await store.listArticles({ text, limit: 20 }); matches += await store.countArticles({ text }); }
  for (let r = 0; r < RUNS; r++) {
    for (const text of QUERIES) {
      const t = performance.now();
      await store.listArticles({ text, limit: 20 });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]!;
  return { p50: at(0.5), p95: at(0.95), matches };
}

interface Row { variant: string; seconds: number; documents: number; articles: number; rssMB: string; storeMB: number; search?: { p50: number; p95: number; matches: number } }

const work = mkdtempSync(join(tmpdir(), 'presstrail-scale-'));
const rows: Row[] = [];
const pgBase = postgresUrl();
const created: string[] = [];
try {
  const { files, records, bytes } = await split(work);
  process.stderr.write(`split ${records} records (${(bytes / 1048576).toFixed(1)} MB) from ${corpora.length} corpora into ${files.length} chunks\n`);

  // (a) SQLite, one process.
  process.stderr.write('running sqlite…\n');
  const dbPath = join(work, 'sqlite.db');
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./sqlite.ts', import.meta.url)), dbPath, ...files],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`sqlite failed with exit code ${child.status}`);
  const a = JSON.parse(child.stdout.trim().split('\n').pop()!) as { seconds: number; documents: number; articles: number; maxRssMB: number };
  const sqliteBytes = ['', '-wal'].reduce((n, s) => n + (existsSync(dbPath + s) ? statSync(dbPath + s).size : 0), 0);
  const sqlite = SqliteStore.open(dbPath);
  const sqliteSearch = await searchLatency(sqlite);
  await sqlite.close();
  rows.push({ variant: 'sqlite, 1 process', seconds: a.seconds, documents: a.documents, articles: a.articles, rssMB: a.maxRssMB.toFixed(0), storeMB: sqliteBytes / 1048576, search: sqliteSearch });

  // (b), (c) PostgreSQL with 1 and 2 worker processes, each on a fresh database.
  for (const workers of [1, 2]) {
    const name = `pt_scale_${process.pid}_${workers}`;
    await admin(pgBase, (c) => c.query(`CREATE DATABASE ${name}`));
    created.push(name);
    const url = databaseUrl(pgBase, name);
    process.stderr.write(`running postgres with ${workers} worker(s)…\n`);
    const enqueueStart = performance.now();
    const enq = spawnSync(process.execPath, ['--import', 'tsx', RUN_CLI, 'ingest', '--db', url, '--queue', ...files], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (enq.status !== 0) throw new Error(`ingest --queue failed with exit code ${enq.status}`);
    const enqueueSeconds = (performance.now() - enqueueStart) / 1000;
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: workers }, () => spawnWatched(['--import', 'tsx', RUN_CLI, 'worker', '--db', url, '--once', '-q'])));
    const seconds = (performance.now() - started) / 1000;
    if (results.some((r) => r.code !== 0)) throw new Error(`a worker failed: exit codes ${results.map((r) => r.code).join(', ')}`);
    const counts = await admin(url, async (c) => {
      await c.query('VACUUM ANALYZE');
      const n = async (sql: string) => Number((await c.query(sql)).rows[0].n);
      return {
        documents: await n('SELECT count(*) AS n FROM documents'), articles: await n('SELECT count(*) AS n FROM articles'),
        bytes: await n(`SELECT pg_database_size('${name}') AS n`),
      };
    });
    let search: Row['search'];
    if (workers === 2) {
      const store = await PostgresStore.open(url);
      search = await searchLatency(store);
      await store.close();
    }
    process.stderr.write(`  enqueue: ${enqueueSeconds.toFixed(1)} s (not in the ingest time)\n`);
    rows.push({ variant: `postgres, ${workers} worker${workers > 1 ? 's' : ''}`, seconds, documents: counts.documents, articles: counts.articles,
      rssMB: results.map((r) => r.maxRssMB.toFixed(0)).join(' + '), storeMB: counts.bytes / 1048576, search });
  }

  const pgVersion = await admin(pgBase, async (c) => (await c.query("SELECT current_setting('server_version') AS v")).rows[0].v as string);
  console.log(`\nScale ingest: ${records} records, ${(bytes / 1048576).toFixed(1)} MB of JSONL in ${files.length} chunks of ≤${CHUNK} (${corpora.map((f) => f.split('/').at(-2)).join(', ')}); node ${process.version}, PostgreSQL ${pgVersion}\n`);
  console.log('| variant | seconds | docs/s | MB/s | documents | articles | peak RSS MB per worker | store MB | KB/doc | search p50 / p95 ms (20 queries) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const search = r.search ? `${r.search.p50.toFixed(1)} / ${r.search.p95.toFixed(1)}` : '(same store as 2 workers)';
    console.log(`| ${r.variant} | ${r.seconds.toFixed(1)} | ${(r.documents / r.seconds).toFixed(0)} | ${(bytes / 1048576 / r.seconds).toFixed(2)} | ${r.documents} | ${r.articles} | ${r.rssMB} | ${r.storeMB.toFixed(0)} | ${(r.storeMB * 1024 / r.documents).toFixed(1)} | ${search} |`);
  }
  console.log(`\nsearch: listArticles, 20-row page, ${QUERIES.length} queries x ${RUNS} timed passes after a warm-up; matches summed over the queries: ` +
    rows.filter((r) => r.search).map((r) => `${r.variant.split(',')[0]} ${r.search!.matches}`).join(', '));
} finally {
  for (const name of created) await admin(pgBase, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => {});
  rmSync(work, { recursive: true, force: true });
}
