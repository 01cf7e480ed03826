/**
 * Copy indexing at scale, in the store `presstrail ingest` uses:
 * `nice npx tsx bench/copies/scale.ts [CORPORA_DIR] [--base 97900] [--copies 2100] [--baseline 10000] [--db PATH] [--reuse]`.
 * Stores the real articles of the three scale corpora (round-robin, then what is left of the
 * largest) and synthetic copies with known truth in a SQLite store, then, each in a process of its
 * own (so time and peak RSS are the step's alone): the `copies` corpus step over the whole store,
 * and the baseline, the same detection in memory (`findCopies`, no store) over the first
 * `--baseline` articles. Prints wall and CPU time, articles/s, peak RSS, the store's size before and
 * after indexing, and precision/recall of the copies found against the truth.
 */
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import type { Document } from '../../src/core/document.js';
import { paragraphsOf } from '../../src/stages/duplicates/02-paragraphs.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { recordDocument } from './corpora.js';
import { baseRecords, makeCopies } from './eval-set.js';
import { prf, scorePairs } from './score.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : fallback; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const corpora = positional[0] ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const base = opt('base', 97_900), copies = opt('copies', 2100), baseline = opt('baseline', 10_000);
const dbAt = args.indexOf('--db');
const db = dbAt >= 0 ? args[dbAt + 1]! : '/tmp/presstrail-copies-scale.db';
/** `--reuse`: the same documents are stored already (same corpora, sizes and seed); only the copy index is emptied. */
function resetCopyIndex(path: string): void {
  const raw = new Database(path);
  raw.exec('DELETE FROM copy_bands; DELETE FROM copy_paragraphs; DELETE FROM copy_bodies; DELETE FROM copy_entries; DELETE FROM copy_pairs; DELETE FROM copy_members; DELETE FROM copy_stale; UPDATE copy_state SET watermark = 0; VACUUM;');
  raw.close();
}
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const size = () => [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);

const reuse = args.includes('--reuse') && existsSync(db);
if (!reuse) for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) rmSync(f);
const store = SqliteStore.open(db);
const pool: Document[] = [];
let stored = 0, batch: Document[] = [];
const t0 = Date.now();
for await (const r of baseRecords(corpora, { base })) {
  const d = recordDocument(r);
  batch.push(d);
  if (stored++ % 10 === 0) pool.push(d);
  if (batch.length === 2000) { if (!reuse) await store.putDocuments(batch); batch = []; }
}
if (!reuse) await store.putDocuments(batch);
const made = makeCopies(pool, { base, copies, seed: 7 });
if (!reuse) await store.putDocuments(made.docs);
else resetCopyIndex(db);
await store.close();
const before = size();
console.log(`stored ${stored} real articles + ${made.truth.length} synthetic copies in ${((Date.now() - t0) / 1000).toFixed(0)} s; store ${mb(before)} MB (documents only)`);

interface Run { wallSeconds: number; cpuSeconds: number; userSeconds: number; systemSeconds: number; articles: number; articlesPerSecond: number; peakRssMb: number; counts: Record<string, number> }
const child = (...extra: string[]): Run => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', new URL('./index-store.ts', import.meta.url).pathname, db, ...extra], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop()!) as Run;
const line = (label: string, r: Run) => `| ${label} | ${r.articles.toLocaleString('en')} | ${r.wallSeconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} (${r.userSeconds.toFixed(1)} user + ${r.systemSeconds.toFixed(1)} sys) | ${(1000 * r.cpuSeconds / r.articles).toFixed(2)} | ${r.articlesPerSecond.toFixed(0)} | ${r.peakRssMb.toFixed(0)} |`;

const memory = child('--memory', String(baseline));
const indexed = child();
const after = size();
console.log('\n| run | articles | wall s | CPU s | CPU ms/article | articles/s (wall) | peak RSS MB |\n|---|---|---|---|---|---|---|');
console.log(line(`baseline: in memory (findCopies, no store), first ${baseline.toLocaleString('en')} articles`, memory));
console.log(line('copies step on the SQLite store, all articles', indexed));
console.log(`\nstore: ${mb(before)} MB documents, ${mb(after)} MB after indexing (copy index and pairs ${mb(after - before)} MB); step counts ${JSON.stringify(indexed.counts)}; in-memory pairs ${memory.counts.pairs}`);

const check = SqliteStore.open(db);
const starts = new Map<string, number[]>();
for (const id of new Set(made.truth.flatMap((t) => [t.copy, t.source, ...(t.host ? [t.host] : [])]))) {
  const a = await check.getArticle(id);
  if (a) starts.set(id, paragraphsOf(a.document.text, a.article).map((p) => p.start));
}
const s = scorePairs(await check.copyPairs(), made.truth, (article, start) => starts.get(article)?.indexOf(start) ?? -1);
await check.close();
const pct = (x: number) => (100 * x).toFixed(1);
const k = prf(s.kept70), p = prf(s.paragraph), all = prf(s.article);
console.log(`\naccuracy at this scale: article pairs P ${pct(all.P)} R ${pct(all.R)}; kept ≥ 70 % P ${pct(k.P)} R ${pct(k.R)} (${s.kept70.tp} TP, ${s.kept70.fp} FP, ${s.kept70.fn} FN); paragraph pairs P ${pct(p.P)} R ${pct(p.R)}; ${s.naturalPairs} pairs among the real articles`);
