/** One benchmark variant in its own process; prints one JSON line with its figures. */
import { gunzipSync } from 'node:zlib';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { ingestFiles } from '../../src/service/ingest-files.js';
import { readInput } from '../../src/stages/ingest/read-input.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { getLayer } from '../../src/core/document.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const [variant, ...files] = process.argv.slice(2);
const MAX = 1024 * 1024 * 1024;
const uncompressed = files.reduce((n, f) => n + gunzipSync(readFileSync(f)).length, 0);
const compressed = files.reduce((n, f) => n + statSync(f).size, 0);

async function noStore(): Promise<{ documents: number; articles: number; problems: number }> {
  let documents = 0, articles = 0, problems = 0;
  for (const path of files) {
    const read = await readInput({ bytes: readFileSync(path), uri: path }, path, { maxBytes: MAX });
    problems += read.problems.length;
    for (const doc of read.documents) {
      documents++;
      articles += getLayer(runPipeline(defaultPipeline, doc), 'articles').length;
    }
  }
  return { documents, articles, problems };
}

async function withStore(store: Store) {
  const s = await ingestFiles(store, files.map((path) => ({ path, size: statSync(path).size })), { stages: defaultPipeline, maxBytes: MAX });
  await store.close();
  return { documents: s.documentsAdded + s.documentsExisting, articles: s.articlesAdded, problems: s.problems.length };
}

const dbPath = join(tmpdir(), `presstrail-bench-${process.pid}.db`);
const started = process.hrtime.bigint();
const counts = variant === 'no-store' ? await noStore() : await withStore(variant === 'memory' ? new MemoryStore() : SqliteStore.open(dbPath));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
console.log(JSON.stringify({ variant, seconds, bytes: uncompressed, compressedBytes: compressed, ...counts, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
