/**
 * Scores the articles stage on dumps built from real corpora it was not written against.
 *   npx tsx bench/segment/run.ts [CORPORA_DIR] [--dumps 200] [--seed 1]
 * Prints boundary and title P/R/F1 per corpus, with all articles headed by a dateline or byline
 * (bare 0) and with a quarter printed as a bare title over the body (bare 0.25).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecords } from './dump-builder.js';
import { scoreSegmentation } from './score-segmentation.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: number): number => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/corpora';
const corpora = ['demo-wikinews/articles.jsonl', 'scale-reuters21578/articles.jsonl.gz'].map((p) => join(dir, p)).filter(existsSync);
if (corpora.length === 0) {
  console.log(`bench/segment: no corpora under ${dir}; skipped.`);
  process.exit(0);
}
console.log('| corpus | bare | dumps | articles | boundary P | R | F1 | title P | R | F1 |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const path of corpora) {
  const recs = loadRecords(path);
  for (const bare of [0, 0.25]) {
    const s = scoreSegmentation(recs, { dumps: flag('--dumps', 200), seed: flag('--seed', 1), bare });
    const f = (x: number) => x.toFixed(3);
    console.log(`| ${path.split('/').at(-2)} | ${bare} | ${s.dumps} | ${s.articles} | ${f(s.boundary.p)} | ${f(s.boundary.r)} | ${f(s.boundary.f1)} | ${f(s.title.p)} | ${f(s.title.r)} | ${f(s.title.f1)} |`);
  }
}
