/**
 * Speaker-name error analysis on GGT: `npx tsx bench/quotes/names.ts [CORPORA_DIR]`. Matches
 * predictions to gold quotes with the scorer's @0.3 rule (greedy, gold in text order) and prints every
 * matched quote whose display name disagrees with GGT's canonical `speakerName` — `LEN` when only the
 * surname agrees — beside the mention the stage used, then the counts.
 */
import { GGT, loadGold, predict, type PredictedQuote } from './predict.js';

interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly speaker?: string;
  readonly speakerName?: string;
}

const corpora = process.argv[2] ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const gold = loadGold(`${corpora}/quotes/ggt-eval/gold.jsonl`);
const lines = predict(gold, 'articles', GGT);
const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const counts = { OK: 0, LEN: 0, BAD: 0 };

gold.forEach((record, i) => {
  const pred = (JSON.parse(lines[i]!) as { quotes: PredictedQuote[] }).quotes;
  const used = new Set<number>();
  const quotes = [...((record as unknown as { quotes: GoldQuote[] }).quotes)].sort((a, b) => a.start - b.start);
  for (const g of quotes) {
    const j = pred.findIndex((p, k) => !used.has(k) && Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start)) / (g.end - g.start) > 0.3);
    if (j < 0 || !g.speakerName) continue;
    used.add(j);
    const p = pred[j]!;
    const [a, b] = [norm(g.speakerName), norm(p.speakerName)];
    const tag = a === b ? 'OK' : a.split(' ').pop() === b.split(' ').pop() ? 'LEN' : 'BAD';
    counts[tag]++;
    const mention = p.speakerStart === undefined ? '-' : record.text.slice(p.speakerStart, p.speakerEnd);
    if (tag !== 'OK') console.log(`${tag}\t${g.speakerName}\t${p.speakerName ?? '-'}\tmention=${mention}\t${record.id}`);
  }
});
console.log(counts);
