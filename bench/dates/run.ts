/**
 * bench/dates: date resolution on the hand-written cases, ours beside chrono-node alone.
 *   npx tsx bench/dates/run.ts [--misses]
 */
import { DATE_CASES, HELD_OUT_CASES } from './cases.js';
import { chronoAlone, ours, scoreCases, type Score } from './score.js';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function row(name: string, s: Score): string {
  return `| ${name} | ${s.cases} | ${pct(s.found, s.cases)} | ${pct(s.granularityRight, s.cases)} | ${pct(s.correct, s.cases)} | ${s.qualifierRight}/${s.qualifierCases} |`;
}

const mine = scoreCases(DATE_CASES, ours);
const base = scoreCases(DATE_CASES, chronoAlone);
console.log('| resolver | cases | found | granularity right | value + granularity right | qualifier right |');
console.log('|---|---|---|---|---|---|');
console.log(row('presstrail dates.v1', mine));
console.log(row('chrono-node 2.10 alone', base));
console.log(row('presstrail dates.v1, held-out cases', scoreCases(HELD_OUT_CASES, ours)));
console.log(row('chrono-node 2.10 alone, held-out cases', scoreCases(HELD_OUT_CASES, chronoAlone)));
if (process.argv.includes('--misses')) {
  for (const [name, s] of [['ours', mine], ['chrono', base], ['ours held-out', scoreCases(HELD_OUT_CASES, ours)]] as const) {
    console.log(`\n${name} misses:`);
    for (const r of s.results.filter((x) => !x.correct)) {
      console.log(`  ${r.case.pub} "${r.case.text}" want ${r.case.value}/${r.case.granularity} got ${r.found ? `${r.found.value}/${r.found.granularity} "${r.case.text.slice(r.found.start, r.found.end)}"` : 'nothing'}`);
    }
  }
}
