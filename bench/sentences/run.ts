/**
 * `npx tsx bench/sentences/run.ts`: boundary P/R/F1 of presstrail's sentence splitter beside sbd,
 * compromise, wink-nlp and Intl.Segmenter on the regression passages written for this project,
 * as given and with every library fed one line at a time (our splitter always works by line).
 */
import { loadSentenceCases } from './cases.js';
import { boundaryF1 } from './score.js';
import { byLine, SPLITTERS } from './splitters.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
for (const set of ['cases', 'heldout'] as const) {
  const cases = loadSentenceCases(set);
  console.log(`\n${set}.json: ${cases.length} passages, ${cases.reduce((a, c) => a + c.boundaries.length, 0)} boundaries\n`);
  console.log('| splitter | P | R | F1 | F1, lines split first |');
  console.log('|---|---|---|---|---|');
  for (const [name, split] of SPLITTERS) {
    const s = boundaryF1(cases, split);
    const l = boundaryF1(cases, byLine(split));
    console.log(`| ${name} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f1)} | ${pct(l.f1)} |`);
  }
}
console.log('\nIssue anchors (other passages): sbd ≈ 94.5, compromise 94.3, wink-nlp 91.2, Intl.Segmenter 87.4 boundary F1.');
