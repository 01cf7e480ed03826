/**
 * Copy detection measured: `nice npx tsx bench/copies/run.ts [CORPORA_DIR] [--base N] [--copies N] [--db PATH]`.
 * Stores N real articles from the scale corpora plus synthetic copies with known truth in a
 * SQLite store, runs the `copies` corpus step (time, CPU time and peak memory), and scores pair
 * precision/recall at article and paragraph level; then counts copies found among ECB+'s
 * same-event articles (mostly not copies).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core/article.js';
import { getLayer, type Document } from '../../src/core/document.js';
import { copiesStep } from '../../src/service/copies-step.js';
import { paragraphsOf } from '../../src/stages/duplicates/02-paragraphs.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { baseRecords, makeCopies } from './eval-set.js';
import { recordDocument } from './corpora.js';
import { ecbPlus } from './ecb.js';
import { prf, scorePairs, type Counts } from './score.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : fallback; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const corpora = positional[0] ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const base = opt('base', 100_000), copies = opt('copies', 2100), seed = opt('seed', 7);
const dbAt = args.indexOf('--db');
const db = dbAt >= 0 ? args[dbAt + 1]! : '/tmp/presstrail-copies-bench.db';
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (label: string, c: Counts) => { const { P, R } = prf(c); return `| ${label.padEnd(22)} | ${String(c.tp).padStart(5)} | ${String(c.fp).padStart(4)} | ${String(c.fn).padStart(4)} | ${pct(P)} | ${pct(R)} |`; };

for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) rmSync(f);
const store = SqliteStore.open(db);
const pool: Document[] = [];
let stored = 0, batch: Document[] = [];
const t0 = Date.now();
for await (const r of baseRecords(corpora, { base })) {
  const d = recordDocument(r);
  batch.push(d);
  if (stored % 10 === 0) pool.push(d);
  if (batch.length === 2000) { await store.putDocuments(batch); stored += batch.length; batch = []; }
}
await store.putDocuments(batch); stored += batch.length;
const made = makeCopies(pool, { base, copies, seed });
await store.putDocuments(made.docs);
console.log(`stored ${stored} real articles + ${made.docs.length} synthetic copies in ${((Date.now() - t0) / 1000).toFixed(0)} s (not part of the index time)`);

const cpu0 = process.cpuUsage(), w0 = Date.now();
const result = await copiesStep.run(store);
const cpu = process.cpuUsage(cpu0), wall = (Date.now() - w0) / 1000;
console.log(`copies step: ${result.summary}`);
console.log(`index time: ${wall.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)}); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ${JSON.stringify(result.counts)}`);

const paragraphStarts = new Map<string, number[]>();
const indexOf = (article: string, start: number) => paragraphStarts.get(article)?.indexOf(start) ?? -1;
for (const id of new Set(made.truth.flatMap((t) => [t.copy, t.source, ...(t.host ? [t.host] : [])]))) {
  const a = await store.getArticle(id);
  if (a) paragraphStarts.set(id, paragraphsOf(a.document.text, a.article).map((p) => p.start));
}
const s = scorePairs(await store.copyPairs(), made.truth, indexOf);
console.log(`\n${made.truth.length} synthetic copies (${made.truth.filter((t) => t.kept >= 0.7).length} keep ≥ 70 % of their words); ${s.naturalPairs} copy pairs found among the real articles; ${s.transitive} pairs join a copy to a natural copy of its source\n`);
console.log('| set | TP | FP | FN | P | R |\n|---|---|---|---|---|---|');
console.log(line('article pairs, all', s.article));
console.log(line('article pairs, kept ≥70%', s.kept70));
for (const [k, c] of Object.entries(s.byKind)) console.log(line(`  ${k}`, c));
console.log(line('paragraph pairs', s.paragraph));
for (const [x, c] of s.falsePositives.slice(0, 5)) console.log(`false positive: ${x} ~ ${c}`);
await store.close();

const ecbPath = join(corpora, 'dupes-ecbplus', 'articles.jsonl');
if (existsSync(ecbPath)) console.log(`\n${await ecbPlus(ecbPath)}`);
