import type { CopyDirection, CopyPair, DirectionEvidence } from '../../core/copy.js';
import { creditNames, type Credit } from './04-credits.js';
import type { EntryBody } from './05-entry.js';
import type { Paragraph } from './02-paragraphs.js';
import { driftOf } from './07-drift.js';
import { hashString } from './01-words.js';
import type { VerifiedBlock } from './08-verify.js';

export const COPIES_BY = 'copies.v1';

/** a before b: earlier date first (undated last), then article id, so a pair has one orientation. */
export function earlier(a: Pick<EntryBody, 'date' | 'article'>, b: Pick<EntryBody, 'date' | 'article'>): boolean {
  if (a.date !== b.date) {
    if (a.date === null) return false;
    if (b.date === null) return true;
    return a.date < b.date;
  }
  return a.article < b.article;
}

function creditFor(copy: EntryBody, original: EntryBody): Credit | undefined {
  return copy.credits.find((c) => creditNames(c, original.outlet));
}

/** Direction from a credit line naming the other article's outlet, else from differing dates, else unknown. */
export function directionOf(a: EntryBody, b: EntryBody): { direction: CopyDirection; evidence: DirectionEvidence } {
  const inB = creditFor(b, a), inA = creditFor(a, b);
  if (inB && !inA) return { direction: 'a->b', evidence: { rule: 'credit', credit: { article: b.article, start: inB.start, end: inB.end, names: inB.names } } };
  if (inA && !inB) return { direction: 'b->a', evidence: { rule: 'credit', credit: { article: a.article, start: inA.start, end: inA.end, names: inA.names } } };
  if (a.date !== null && b.date !== null && a.date !== b.date) return { direction: a.date < b.date ? 'a->b' : 'b->a', evidence: { rule: 'date' } };
  return { direction: null, evidence: { rule: 'unknown' } };
}

export function pairId(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `p_${hashString(`${x}|${y}`).toString(16).padStart(8, '0')}${hashString(`${y}|${x}`).toString(16).padStart(8, '0')}`;
}

/**
 * A verified block as a CopyPair: oriented so `a` is the earlier article, with its direction
 * and the word-level drift of every aligned paragraph from a to b.
 */
export function copyPair(x: EntryBody, y: EntryBody, block: VerifiedBlock): CopyPair {
  const swap = !earlier(x, y);
  const [a, b] = swap ? [y, x] : [x, y];
  const side = (e: EntryBody, s: { start: number; end: number }) => ({ article: e.article, document: e.document, start: s.start, end: s.end });
  const para = (e: EntryBody, k: number): Paragraph => e.paragraphs[k]!;
  const aligned = block.aligned.map(({ i, j }) => (swap ? { i: j, j: i } : { i, j }));
  const { direction, evidence } = directionOf(a, b);
  return {
    id: pairId(a.article, b.article),
    a: side(a, swap ? block.b : block.a),
    b: side(b, swap ? block.a : block.b),
    similarity: block.similarity, match: block.match, kind: block.kind, direction, evidence,
    paragraphs: swap ? block.paragraphs.map((p) => ({ ...p, a: p.b, b: p.a })) : block.paragraphs,
    unmatched: swap ? { a: block.unmatched.b, b: block.unmatched.a } : block.unmatched,
    drift: aligned.flatMap(({ i, j }, k) => {
      const common = block.common[k];
      return driftOf(para(a, i), para(b, j), common === null || common === undefined ? undefined : swap ? common.map(([x, y]) => [y, x] as [number, number]) : common);
    }),
    coverage: swap ? { a: block.coverage.b, b: block.coverage.a } : block.coverage,
    by: COPIES_BY, rule: block.rule,
  };
}
