/**
 * bench/entities: the alias-merging check on the sample corpus.
 *   npx tsx bench/entities/run.ts [sample/corpus] [--misses]
 */
import { APART, MERGE } from './pairs.js';
import { scoreSample } from './score.js';

const corpus = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'sample/corpus';
const s = await scoreSample(corpus, MERGE, APART);
const ok = (list: typeof s.merge) => list.filter((r) => r.ok).length;
console.log(`sample corpus: ${s.entities} entities from ${s.mentions} mentions; entities step ${(s.stepSeconds * 1000).toFixed(0)} ms`);
console.log('| check | pairs | right | missing names |');
console.log('|---|---|---|---|');
console.log(`| should merge (merged) | ${s.merge.length} | ${ok(s.merge)} (${((100 * ok(s.merge)) / s.merge.length).toFixed(1)}%) | ${s.merge.filter((r) => r.missing.length).length} |`);
console.log(`| should stay apart (kept apart) | ${s.apart.length} | ${ok(s.apart)} (${((100 * ok(s.apart)) / s.apart.length).toFixed(1)}%) | ${s.apart.filter((r) => r.missing.length).length} |`);
if (process.argv.includes('--misses')) {
  for (const r of [...s.merge, ...s.apart].filter((x) => !x.ok)) {
    console.log(`  ${r.pair.a} / ${r.pair.b}: ${r.missing.length ? `missing ${r.missing.join(', ')}` : `entities ${r.found.join(' | ')}`}`);
  }
}
