import type { BenchPage } from './corpora.js';
import { tokens } from './metrics.js';

export interface PageOutput {
  readonly page: BenchPage;
  readonly body: string;
  readonly score: number;
}

interface Piece { text: string; unmatched: number }

/**
 * Splits `text` into paragraphs and counts, per paragraph, the tokens the other side does not
 * account for (multiset, consumed in page order, so a repeated paragraph shows up as extra).
 */
function unmatchedPieces(text: string, other: string): Piece[] {
  const left = new Map<string, number>();
  for (const t of tokens(other.toLowerCase())) left.set(t, (left.get(t) ?? 0) + 1);
  return text.split(/\n+/).map((p) => p.trim()).filter(Boolean).map((p) => {
    let unmatched = 0;
    for (const t of tokens(p.toLowerCase())) {
      const n = left.get(t) ?? 0;
      if (n > 0) left.set(t, n - 1);
      else unmatched++;
    }
    return { text: p, unmatched };
  });
}

const clip = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n)}…` : s);

function biggest(pieces: readonly Piece[], n: number): string[] {
  return [...pieces].filter((p) => p.unmatched >= 3).sort((a, b) => b.unmatched - a.unmatched).slice(0, n).map((p) => `${String(p.unmatched).padStart(5)}  ${clip(p.text)}`);
}

/** The `n` lowest-scoring pages with what was missed (in the truth, not ours) and extra (ours, not the truth). */
export function formatWorst(corpus: string, outputs: readonly PageOutput[], n: number, perPiece = 3): string {
  const worst = [...outputs].sort((a, b) => a.score - b.score).slice(0, n);
  const lines = [`## ${corpus}: ${worst.length} lowest pages`];
  for (const o of worst) {
    lines.push('', `${o.page.id}  ${o.score.toFixed(3)}  ${o.page.url ?? ''}  (truth ${tokens(o.page.body).length} tokens, ours ${tokens(o.body).length})`);
    for (const l of biggest(unmatchedPieces(o.page.body, o.body), perPiece)) lines.push(`  missed ${l}`);
    for (const l of biggest(unmatchedPieces(o.body, o.page.body), perPiece)) lines.push(`  extra  ${l}`);
  }
  return lines.join('\n');
}
