import type { CorpusResult } from './score-corpus.js';
import type { MetaTally } from './meta-score.js';

/** Published figures to read ours against (corpora/extraction/README.md). */
export const ANCHORS: ReadonlyArray<readonly [string, string, number]> = [
  ['scrapinghub', 'rs_trafilatura (published)', 0.97],
  ['scrapinghub', 'trafilatura 2.0 (published)', 0.958],
  ['scrapinghub', 'readability_js textContent (published)', 0.947],
  ['wcxb-dev', 'rs-trafilatura (published)', 0.932],
  ['wcxb-dev', 'trafilatura (published)', 0.926],
  ['wcxb-dev', 'Readability.js + blocks (measured here before)', 0.929],
];

const f3 = (x: number | undefined): string => (x === undefined ? '' : x.toFixed(3));
const share = (t: MetaTally): string => (t.truths === 0 ? '' : `${((100 * t.present) / t.truths).toFixed(0)}% / ${((100 * t.exact) / t.truths).toFixed(0)}%`);

/** A markdown table: one row per corpus and extractor, published anchors under each corpus. */
export function formatTable(results: readonly CorpusResult[]): string {
  const head = '| corpus | extractor | pages | F1 | P | R | acc / with / without | ms/page | title present / exact | author | date |';
  const rows = [head, '|---|---|---|---|---|---|---|---|---|---|---|'];
  const corpora = [...new Set(results.map((r) => r.corpus))];
  for (const corpus of corpora) {
    for (const r of results.filter((x) => x.corpus === corpus)) {
      const extra = r.accuracy !== undefined ? `acc ${f3(r.accuracy)}` : `${f3(r.withShare)} / ${f3(r.withoutShare)}`;
      const meta = r.meta ? [share(r.meta.title), share(r.meta.author), share(r.meta.date)] : ['', '', ''];
      rows.push(`| ${corpus} | ${r.extractor} | ${r.pages} | **${f3(r.f1)}** | ${f3(r.p)} | ${f3(r.r)} | ${extra} | ${r.msPerPage.toFixed(0)} | ${meta.join(' | ')} |`);
    }
    for (const [c, name, f1] of ANCHORS) if (c === corpus) rows.push(`| ${corpus} | ${name} |  | ${f1.toFixed(3)} |  |  |  |  |  |  |  |`);
  }
  return rows.join('\n');
}
