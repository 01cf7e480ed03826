/**
 * Copy detection measured: `nice npx tsx bench/copies/run.ts [CORPORA_DIR] [--base N] [--copies N] [--db PATH]`.
 * Stores N real articles from the scale corpora plus synthetic copies with known truth in a
 * SQLite store, runs the `copies` corpus step (time, CPU time and peak memory), and scores pair
 * precision/recall at article and paragraph level; then counts copies found among ECB+'s
 * same-event articles (mostly not copies).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ecbPlus } from './ecb.js';
import { evaluate } from './evaluate.js';
import { prf, type Counts } from './score.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : fallback; };
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const corpora = positional[0] ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const base = opt('base', 100_000), copies = opt('copies', 2100), seed = opt('seed', 7);
const dbAt = args.indexOf('--db');
const db = dbAt >= 0 ? args[dbAt + 1]! : '/tmp/presstrail-copies-bench.db';
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (label: string, c: Counts) => { const { P, R } = prf(c); return `| ${label.padEnd(22)} | ${String(c.tp).padStart(5)} | ${String(c.fp).padStart(4)} | ${String(c.fn).padStart(4)} | ${pct(P)} | ${pct(R)} |`; };

const e = await evaluate(corpora, { base, copies, seed, db });
const s = e.scored;
console.log(`stored ${e.stored} real articles + ${e.truth.length} synthetic copies in ${e.storeSeconds.toFixed(0)} s (not part of the index time)`);
console.log(`copies step: ${e.result.summary}`);
console.log(`index time: ${e.wallSeconds.toFixed(1)} s wall, ${e.cpuSeconds.toFixed(1)} s CPU; peak RSS ${e.peakRssMb.toFixed(0)} MB (whole process); ${JSON.stringify(e.result.counts)}`);
console.log(`\n${e.truth.length} synthetic copies (${e.truth.filter((t) => t.kept >= 0.7).length} keep ≥ 70 % of their words); ${s.naturalPairs} copy pairs found among the real articles; ${s.transitive} pairs join a copy to a natural copy of its source\n`);
console.log('| set | TP | FP | FN | P | R |\n|---|---|---|---|---|---|');
console.log(line('article pairs, all', s.article));
console.log(line('article pairs, kept ≥70%', s.kept70));
for (const [k, c] of Object.entries(s.byKind)) console.log(line(`  ${k}`, c));
console.log(line('paragraph pairs', s.paragraph));
for (const [x, c] of s.falsePositives.slice(0, 5)) console.log(`false positive: ${x} ~ ${c}`);

const ecbPath = join(corpora, 'dupes-ecbplus', 'articles.jsonl');
if (existsSync(ecbPath)) console.log(`\n${await ecbPlus(ecbPath)}`);
