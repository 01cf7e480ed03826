/**
 * End-to-end ingest throughput on the scale corpora (~104k news and press texts as JSONL.gz):
 * read + decompress + parse + articles stage, then store. Three variants run side by side, each
 * in its own process so peak memory is its own:
 *   no-store  — the same work without storing (the reading/pipeline baseline)
 *   memory    — MemoryStore (only with --variants; it holds everything in the heap and runs out of it on the full set)
 *   sqlite    — SqliteStore on a fresh file (the default backend: WAL, FTS5)
 * Usage: npx tsx bench/ingest/run.ts [CORPORA_DIR] [--variants no-store,sqlite,memory]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/corpora';
const variants = (args[args.indexOf('--variants') + 1] && args.includes('--variants') ? args[args.indexOf('--variants') + 1]! : 'no-store,sqlite').split(',');

const files = existsSync(dir)
  ? readdirSync(dir).filter((d) => d.startsWith('scale-')).map((d) => join(dir, d, 'articles.jsonl.gz')).filter(existsSync)
  : [];
if (files.length === 0) {
  console.log(`bench/ingest: no scale corpora under ${dir} (expected scale-*/articles.jsonl.gz); skipped.`);
  process.exit(0);
}

interface Result { variant: string; seconds: number; bytes: number; compressedBytes: number; documents: number; articles: number; maxRssMB: number; problems: number }

const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
const results: Result[] = [];
for (const variant of variants) {
  process.stderr.write(`running ${variant} on ${files.length} files…\n`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', worker, variant, ...files], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`${variant} failed with exit code ${child.status}`);
  results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as Result);
}

console.log(`\nIngest throughput, ${files.length} files (${files.map((f) => f.split('/').at(-2)).join(', ')}), node ${process.version}\n`);
console.log('| variant | seconds | MB/s (uncompressed) | documents/s | articles/s | documents | articles | peak RSS MB | problems |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.variant} | ${r.seconds.toFixed(1)} | ${(r.bytes / 1048576 / r.seconds).toFixed(2)} | ${(r.documents / r.seconds).toFixed(0)} | ${(r.articles / r.seconds).toFixed(0)} | ${r.documents} | ${r.articles} | ${r.maxRssMB.toFixed(0)} | ${r.problems} |`);
}
