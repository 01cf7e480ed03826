/**
 * MinHash parameter sweep: `nice npx tsx bench/copies/sweep.ts [CORPORA_DIR] [--base N] [--copies N]`.
 * For each shingle size / permutations / bands×rows, the share of true copy pairs that LSH alone
 * proposes as candidates (before the paragraph-hash index and verification), per edit kind and
 * for copies keeping ≥ 70 % of their words, with the candidates per article (the verification cost).
 */
import type { Article } from '../../src/core/article.js';
import { getLayer, type Document } from '../../src/core/document.js';
import { copyEntry } from '../../src/stages/duplicates/05-entry.js';
import type { MinHashParams } from '../../src/stages/duplicates/03-minhash.js';
import { recordDocument } from './corpora.js';
import { baseRecords, makeCopies } from './eval-set.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : fallback; };
const corpora = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const base = opt('base', 10_000), copies = opt('copies', 700);

const CONFIGS: MinHashParams[] = [
  { shingle: 3, permutations: 64, bands: 16, rows: 4 }, { shingle: 5, permutations: 64, bands: 16, rows: 4 },
  { shingle: 7, permutations: 64, bands: 16, rows: 4 }, { shingle: 5, permutations: 64, bands: 32, rows: 2 },
  { shingle: 3, permutations: 60, bands: 20, rows: 3 }, { shingle: 5, permutations: 60, bands: 20, rows: 3 },
  { shingle: 5, permutations: 128, bands: 32, rows: 4 }, { shingle: 3, permutations: 128, bands: 32, rows: 4 },
];

const docs: Document[] = [];
for await (const r of baseRecords(corpora, { base })) docs.push(recordDocument(r));
const made = makeCopies(docs.filter((_, i) => i % 3 === 0), { base, copies, seed: 7 });
const all = [...docs, ...made.docs];
const article = (d: Document) => getLayer<Article>(d, 'articles')[0]!;
console.log(`${docs.length} real articles + ${made.docs.length} copies\n`);
console.log('| shingle | perms | bands×rows | LSH recall kept≥70% | reword-heavy | embed | candidates/article | entries s |\n|---|---|---|---|---|---|---|---|');
for (const params of CONFIGS) {
  const t = process.cpuUsage();
  const entries = new Map(all.map((d) => [article(d).id, copyEntry(d, article(d), params)]));
  const seconds = (process.cpuUsage(t).user / 1e6).toFixed(1);
  const bands = new Map<number, string[]>();
  let candidates = 0;
  for (const e of entries.values()) {
    const seen = new Set<string>();
    for (const k of e.bands) for (const x of bands.get(k) ?? []) seen.add(x);
    candidates += seen.size;
    for (const k of e.bands) { const l = bands.get(k); if (l) l.push(e.article); else bands.set(k, [e.article]); }
  }
  const shares = (bandsOf: (t: typeof made.truth[number]) => boolean) => {
    const ts = made.truth.filter(bandsOf);
    const hit = ts.filter((t) => { const a = new Set(entries.get(t.source)!.bands); return entries.get(t.copy)!.bands.some((k) => a.has(k)); }).length;
    return `${(100 * hit / Math.max(1, ts.length)).toFixed(1)}% of ${ts.length}`;
  };
  console.log(`| ${params.shingle} | ${params.permutations} | ${params.bands}×${params.rows} | ${shares((t) => t.kept >= 0.7)} | ${shares((t) => t.kind === 'reword-heavy')} | ${shares((t) => t.kind === 'embed')} | ${(candidates / entries.size).toFixed(2)} | ${seconds} |`);
}
