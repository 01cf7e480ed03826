/**
 * `npx tsx bench/ner/run.ts ../shared/corpora`: the ner model on CoNLL-2003 testb (P/R/F1 per type
 * and overall, with and without the surname pass), on the modern-news set written for this project
 * (through the real pipeline: sentences → ner), and tokens/s on one core, beside compromise
 * timed in the same run on the same input.
 */
import { join } from 'node:path';
import { readConll } from '../../src/ner/conll.js';
import { evaluateConll } from '../../src/ner/evaluate-conll.js';
import { SpanScorer } from '../../src/ner/score.js';
import { defaultNerModel } from '../../src/stages/ner/load-model.js';
import { compromiseConll, compromiseSpans } from './compromise-baseline.js';
import { loadModernNews } from './modern-news.js';
import { modernNewsMentions, timeTokensPerSecond } from './measure.js';

const corpora = process.argv[2] ?? '../shared/corpora';
const TYPES = ['PERSON', 'ORG', 'LOC', 'MISC', undefined] as const;
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const row = (name: string, s: SpanScorer): string =>
  `| ${name} | ${TYPES.map((t) => { const p = s.prf(t); return `${pct(p.p)} ${pct(p.r)} **${pct(p.f1)}**`; }).join(' | ')} |`;
const header = `| system | ${TYPES.map((t) => `${t ?? 'overall'} P R F1`).join(' | ')} |\n|---|${TYPES.map(() => '---').join('|')}|`;

const loadStart = performance.now();
const model = defaultNerModel();
console.log(`model loaded in ${(performance.now() - loadStart).toFixed(0)} ms (${model.index.size} features, ${model.clusters.size} cluster words)\n`);

const testb = readConll(join(corpora, 'ner/conll2003/eng.testb'));
const baseline = new SpanScorer();
for (const doc of testb) compromiseConll(doc.map((s) => s.words)).forEach((spans, i) => baseline.add(doc[i]!.spans, spans));
console.log(`CoNLL-2003 testb (${testb.length} documents)\n\n${header}`);
console.log(row('presstrail ner (surname pass)', evaluateConll(model, testb, true)));
console.log(row('presstrail tagger alone', evaluateConll(model, testb, false)));
console.log(row('compromise 14 (baseline)', baseline));
console.log('\nAnchors (testb F1): Stanford CMM 85.5, MITIE 88.1, transformers ~92; issue: compromise 43.1, plain perceptron ~80.\n');

const news = loadModernNews();
const ours = new SpanScorer();
const theirs = new SpanScorer();
for (const p of news) {
  ours.add(p.spans, modernNewsMentions(p.text));
  theirs.add(p.spans, compromiseSpans(p.text));
}
console.log(`Modern-news set (${news.length} paragraphs, ${news.reduce((a, p) => a + p.spans.length, 0)} names)\n\n${header}`);
console.log(row('presstrail ner stage', ours));
console.log(row('compromise 14 (baseline)', theirs));

const speed = timeTokensPerSecond(model, testb);
console.log(`\nSpeed on testb, one core, best of 5 (ours) and 3 (compromise) by CPU time (${speed.tokens} tokens): presstrail tagger + surname pass ${Math.round(speed.ours).toLocaleString('en')} tokens/s; compromise ${Math.round(speed.compromise).toLocaleString('en')} tokens/s.`);
