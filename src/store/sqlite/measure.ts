// Measures SqliteStore put throughput and query latency on synthetic news.
// Run: npx tsx src/store/sqlite/measure.ts [documents=10000] [--durable]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticDocument } from '../measure-corpus.js';
import type { ArticleQuery } from '../store.js';
import { SqliteStore } from './sqlite-store.js';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const durable = process.argv.includes('--durable');
async function timeQuery(store: SqliteStore, query: ArticleQuery, runs = 20): Promise<string> {
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    hits = (await store.listArticles({ limit: 20, ...query })).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const total = await store.countArticles(query);
  return `median ${times[runs >> 1]!.toFixed(2)} ms, p95 ${times[Math.floor(runs * 0.95)]!.toFixed(2)} ms (${hits} shown of ${total})`;
}

const dir = mkdtempSync(join(tmpdir(), 'presstrail-measure-'));
try {
  const path = join(dir, 'measure.db');
  const store = SqliteStore.open(path, { durable });
  const docs = Array.from({ length: count }, (_, i) => syntheticDocument(i));
  const bytes = docs.reduce((sum, d) => sum + d.text.length, 0);
  const start = performance.now();
  for (const doc of docs) await store.putDocument(doc);
  const seconds = (performance.now() - start) / 1000;
  console.log(`put ${count} documents (${(bytes / count / 1024).toFixed(1)} KB text each, synchronous=${durable ? 'FULL' : 'NORMAL'}): ` +
    `${(count / seconds).toFixed(0)} docs/s, ${seconds.toFixed(2)} s; file ${(statSync(path).size / 1e6).toFixed(1)} MB + WAL`);
  const queries: Array<[string, ArticleQuery]> = [
    ['common word', { text: 'w0' }], ['rare word', { text: 'zeppelin' }], ['two words', { text: 'council w1' }],
    ['phrase', { text: '"council w2"' }], ['prefix (~40 words)', { text: 'w1a*' }], ['OR', { text: 'zeppelin OR w3k' }],
    ['word + outlet + dates', { text: 'w0', outlet: 'wire', from: '2023-03-01', to: '2023-06-30' }],
    ['no text, date order', {}], ['outlet only', { outlet: 'daily post' }], ['date range only', { from: '2023-05-01', to: '2023-05-31' }],
  ];
  for (const [name, query] of queries) console.log(`${name.padEnd(22)} ${await timeQuery(store, query)}`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
