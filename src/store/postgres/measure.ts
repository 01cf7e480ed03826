// Put throughput and query latency of PostgresStore beside SqliteStore, on the same synthetic news.
// Run: npx tsx src/store/postgres/measure.ts [documents=10000] [postgres://...]   (default URL: $PRESSTRAIL_TEST_PG)
// Each store is fresh: SQLite in a temp file, PostgreSQL in a schema dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Document } from '../../core/document.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import type { ArticleQuery, Store } from '../store.js';
import { FreshSchemas } from './fresh-schema.js';
import { MEASURED_QUERIES, syntheticDocument } from '../measure-corpus.js';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const url = process.argv.find((a) => /^postgres(ql)?:\/\//.test(a)) ?? process.env.PRESSTRAIL_TEST_PG;
if (!url) throw new Error('Give a PostgreSQL URL, or set PRESSTRAIL_TEST_PG (bash scripts/ci-postgres.sh prints one).');
const BATCH = 64; // what ingest-files uses
const RUNS = 20;

async function putSingly(store: Store, docs: readonly Document[]): Promise<number> {
  const start = performance.now();
  for (const doc of docs) await store.putDocument(doc);
  return docs.length / ((performance.now() - start) / 1000);
}

async function putBatched(store: Store, docs: readonly Document[]): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) await store.putDocuments(docs.slice(i, i + BATCH));
  return docs.length / ((performance.now() - start) / 1000);
}

async function timeQuery(store: Store, query: ArticleQuery): Promise<string> {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    await store.listArticles({ limit: 20, ...query });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `${times[RUNS >> 1]!.toFixed(1)} / ${times[Math.floor(RUNS * 0.95)]!.toFixed(1)}`;
}

/** Every figure for one backend: `open` must give a fresh, empty store each time. */
async function measure(open: () => Promise<Store>, docs: readonly Document[], afterLoad = async () => {}): Promise<string[]> {
  const single = await open();
  const singly = await putSingly(single, docs);
  await single.close();
  const store = await open();
  const batched = await putBatched(store, docs);
  await afterLoad();
  const out = [`${singly.toFixed(0)} docs/s`, `${batched.toFixed(0)} docs/s`];
  for (const [, query] of MEASURED_QUERIES) out.push(`${await timeQuery(store, query)} ms (${await store.countArticles(query)} matches)`);
  await store.close();
  return out;
}

async function serverSettings(): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ v: string; f: string; s: string }>(
    "SELECT current_setting('server_version') AS v, current_setting('fsync') AS f, current_setting('synchronous_commit') AS s");
  await client.end();
  return `PostgreSQL ${rows[0]!.v} (fsync=${rows[0]!.f}, synchronous_commit=${rows[0]!.s})`;
}

const docs = Array.from({ length: count }, (_, i) => syntheticDocument(i));
const dir = mkdtempSync(join(tmpdir(), 'presstrail-measure-'));
const schemas = new FreshSchemas(url);
try {
  let n = 0;
  const sqlite = await measure(async () => SqliteStore.open(join(dir, `m${n++}.db`)), docs);
  // After a bulk load autovacuum soon analyzes the tables and merges the GIN index's pending
  // list; until then the planner's statistics say the tables are empty. Do now what it would.
  let schema = '';
  const analyze = () => schemas.query(`VACUUM ANALYZE ${schema}.articles_fts, ${schema}.articles, ${schema}.documents`).then(() => {});
  const postgres = await measure(() => schemas.open(schema = schemas.name()), docs, analyze);
  console.log(`${count} documents, one 720-word article each; SQLite synchronous=NORMAL (WAL); ${await serverSettings()}`);
  console.log(`queries: listArticles for a 20-row page, median / p95 over ${RUNS} runs\n`);
  const labels = ['put, one per call', `put, batches of ${BATCH}`, ...MEASURED_QUERIES.map(([name]) => name)];
  console.log(`| | SQLite | PostgreSQL |\n|---|---|---|`);
  labels.forEach((label, i) => console.log(`| ${label} | ${sqlite[i]!} | ${postgres[i]!} |`));
} finally {
  await schemas.end();
  rmSync(dir, { recursive: true, force: true });
}
