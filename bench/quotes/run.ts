/**
 * Quote and speaker extraction measured on gold: `npx tsx bench/quotes/run.ts [CORPORA_DIR] [--mode whole|articles]`.
 * Scores GGT (primary) and the PolNeAR test split (unseen check) with shared/tools/quotes/score_quotes.mjs,
 * per kind, beside the published anchors, and prints words/s per core for sentences + quotes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GGT, loadGold, POLNEAR, predict, type Mode } from './predict.js';
import { KINDS, score, type Scores } from './score.js';
import { measureSpeed } from './speed.js';

const args = process.argv.slice(2);
const modeAt = args.indexOf('--mode');
const mode = (modeAt >= 0 ? args[modeAt + 1] : 'articles') as Mode;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--mode');
const corpora = positional[0] ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const scorer = join(corpora, '..', 'tools', 'quotes', 'score_quotes.mjs');

const pct = (x: number | undefined) => (x === undefined ? '  –  ' : (100 * x).toFixed(1).padStart(5));

function row(label: string, s: Scores): string {
  const g3 = s['ggt@0.3'];
  const g8 = s['ggt@0.8'];
  return `| ${label.padEnd(16)} | ${String(s.goldQuotes).padStart(5)} | ${String(s.predQuotes).padStart(5)} | ${pct(g3.P)} ${pct(g3.R)} ${pct(g3.F1)} | ${pct(g8.F1)} | ${pct(s.exact.F1)} | ${pct(s.tokOverlap.F1)} | ${pct(g3.speakerAcc)} / ${pct(g8.speakerAcc)} | ${pct(s['e2e@0.3'].F1)} | ${s.name ? `${pct(s.name.strict)} / ${pct(s.name.lenient)}` : '–'} |`;
}

const HEADER = '| set | gold | pred | @0.3 P R F1 | @0.8 F1 | exact F1 | tok F1 | spkAcc @0.3/@0.8 | e2e F1 | name strict/lenient |\n|---|---|---|---|---|---|---|---|---|---|';
const SETS = [
  { name: 'GGT eval (98)', file: 'quotes/ggt-eval/gold.jsonl', split: undefined, convention: GGT },
  { name: 'PolNeAR test (84)', file: 'quotes/polnear/gold.jsonl', split: 'test', convention: POLNEAR },
];

const out = mkdtempSync(join(tmpdir(), 'presstrail-quotes-'));
console.log(`mode: ${mode === 'whole' ? 'each gold text read as one article' : 'articles stage first'}; predictions in ${out}\n`);
console.log(HEADER);
const all = [];
for (const set of SETS) {
  const gold = join(corpora, set.file);
  const lines = predict(loadGold(gold, set.split), mode, set.convention);
  const pred = join(out, `${set.split ?? 'all'}-${set.file.split('/')[1]}.jsonl`);
  writeFileSync(pred, `${lines.join('\n')}\n`);
  all.push(...loadGold(gold, set.split));
  console.log(row(set.name, score(scorer, gold, pred, { split: set.split })));
  for (const kind of KINDS) console.log(row(`  ${kind}`, score(scorer, gold, pred, { split: set.split, kinds: kind })));
}
console.log('\nAnchors: GGT V7.0 quote F1 83.7 @0.3 / 76.1 @0.8, speaker accuracy 86.5 / 87.4; citron (PARC 3.0) 59.3 exact / 83.3 token overlap;');
console.log('regex floor (README) GGT @0.3 F1 64.1, exact 56.2; PolNeAR @0.3 37.6, exact 17.4. Targets: @0.3 ≥ 88, @0.8 ≥ 82, speaker ≥ 90, direct F1 ≥ 95.');
const speed = measureSpeed(all, mode);
const rate = (x: number) => Math.round(x).toLocaleString('en');
console.log(`\nSpeed (one core, best of 5 passes over ${speed.words.toLocaleString('en')} words): sentences + quotes ${rate(speed.sentencesAndQuotes)} words/s; quotes + speakers alone ${rate(speed.quotesOnly)} words/s; baseline in the same process, sentences alone ${rate(speed.sentencesOnly)} words/s.`);
