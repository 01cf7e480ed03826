/** Variant (a): single-process SQLite ingest of the chunk files; prints one JSON line with its figures. The database file is kept for the search pass. */
import { statSync } from 'node:fs';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { ingestFiles } from '../../src/service/ingest-files.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const [dbPath, ...files] = process.argv.slice(2);
const started = process.hrtime.bigint();
const store = SqliteStore.open(dbPath!);
const s = await ingestFiles(store, files.map((path) => ({ path, size: statSync(path).size })), { stages: defaultPipeline, maxBytes: 1024 * 1024 * 1024 });
await store.close();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ seconds, documents: s.documentsAdded + s.documentsExisting, articles: s.articlesAdded, problems: s.problems.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
