// PostgreSQL full-text search with the planner's own choice (the baseline, as before
// src/store/postgres/search-plan.ts) beside the index plan PostgresStore now uses, in one process
// on the same store. Run: npx tsx bench/search-plan/run.ts [documents=20000] [postgres://...]
// (default URL: $PRESSTRAIL_TEST_PG). Loads synthetic 720-word articles into a fresh schema,
// dropped afterwards; each query is timed 5 times after a warm-up, both ways, alternately.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { normalizeQuery } from '../../src/store/article-query.js';
import { syntheticDocument } from '../../src/store/measure-corpus.js';
import { countSql, listSql } from '../../src/store/postgres/article-sql.js';
import { FreshSchemas } from '../../src/store/postgres/fresh-schema.js';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20_000);
const url = process.argv.find((a) => /^postgres(ql)?:\/\//.test(a)) ?? process.env.PRESSTRAIL_TEST_PG;
if (!url) throw new Error('Give a PostgreSQL URL, or set PRESSTRAIL_TEST_PG (bash scripts/ci-postgres.sh prints one).');
const QUERIES = ['w0', 'w1', 'w5', 'w2s', 'council w1', '"council w2"', 'w1a*', 'zeppelin', 'zeppelin OR w3k', 'w0 NOT w1'];
const RUNS = 5;

const schemas = new FreshSchemas(url);
const schema = schemas.name();
const store = await schemas.open(schema);
const plain = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
try {
  const started = performance.now();
  for (let i = 0; i < count; i += 64) await store.putDocuments(Array.from({ length: Math.min(64, count - i) }, (_, k) => syntheticDocument(i + k)));
  await schemas.query(`VACUUM ANALYZE ${schema}.articles_fts, ${schema}.articles, ${schema}.documents`);
  console.log(`${count} synthetic articles loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  await plain.connect();
  const times = { listBefore: [] as number[], listAfter: [] as number[], countBefore: [] as number[], countAfter: [] as number[] };
  const timed = async (into: number[], run: () => Promise<unknown>) => { const t = performance.now(); const r = await run(); into.push(performance.now() - t); return r; };
  for (const text of QUERIES) {
    const query = normalizeQuery({ text, limit: 20 });
    const before = () => plain.query(listSql(query).text, listSql(query).values).then((r) => r.rows.map((row) => row.id as string));
    const after = () => store.listArticles({ text, limit: 20 }).then((rows) => rows.map((row) => row.id));
    const countBefore = () => plain.query(countSql(query).text, countSql(query).values).then((r) => r.rows[0].n as number);
    const countAfter = () => store.countArticles({ text });
    if (JSON.stringify(await before()) !== JSON.stringify(await after()) || await countBefore() !== await countAfter()) throw new Error(`the two plans disagree on "${text}"`);
    for (let r = 0; r < RUNS; r++) {
      await timed(times.listBefore, before); await timed(times.listAfter, after);
      await timed(times.countBefore, countBefore); await timed(times.countAfter, countAfter);
    }
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!.toFixed(1);
  const cell = (xs: number[]) => `${at(xs, 0.5)} / ${at(xs, 0.95)}`;
  console.log(`${QUERIES.length} queries x ${RUNS} runs, p50 / p95 ms; same rows and counts both ways\n`);
  console.log('| | planner\'s choice (before) | index plan (now) |\n|---|---|---|');
  console.log(`| listArticles, 20-row page | ${cell(times.listBefore)} | ${cell(times.listAfter)} |`);
  console.log(`| countArticles | ${cell(times.countBefore)} | ${cell(times.countAfter)} |`);
} finally {
  await plain.end().catch(() => {});
  await store.close();
  await schemas.end();
}
