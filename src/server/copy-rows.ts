import type { CopyPair, DriftEdit } from '../core/copy.js';
import type { Span } from '../core/span.js';

/**
 * One row of a side-by-side comparison, top to bottom: paragraphs before the copied block,
 * aligned pairs (with the unmatched paragraphs between them), paragraphs after it. Spans are
 * `[start, end)` in each side's document text.
 */
export type CompareRow =
  | { readonly kind: 'aligned'; readonly match: 'same' | 'changed'; readonly similarity: number; readonly a: Span; readonly b: Span }
  /** Inside the copied block, with no counterpart on the other side (cut or added). */
  | { readonly kind: 'unmatched'; readonly a: readonly Span[]; readonly b: readonly Span[] }
  /** Outside the copied block: the rest of a longer article a reprint block sits in. */
  | { readonly kind: 'outside'; readonly position: 'before' | 'after'; readonly a: readonly Span[]; readonly b: readonly Span[] };

/** The pair seen from the other side: a and b swapped, the direction reversed, inserts become deletes. */
export function flipPair(p: CopyPair): CopyPair {
  const op = (o: DriftEdit['op']): DriftEdit['op'] => (o === 'insert' ? 'delete' : o === 'delete' ? 'insert' : o);
  return {
    ...p, a: p.b, b: p.a,
    direction: p.direction === 'a->b' ? 'b->a' : p.direction === 'b->a' ? 'a->b' : null,
    paragraphs: p.paragraphs.map((x) => ({ ...x, a: x.b, b: x.a })),
    unmatched: { a: p.unmatched.b, b: p.unmatched.a },
    drift: p.drift.map((d) => ({ ...d, op: op(d.op), a: d.b, b: d.a })),
    coverage: { a: p.coverage.b, b: p.coverage.a },
  };
}

const spanOf = (p: Span): Span => ({ start: p.start, end: p.end });

/**
 * The rows of a comparison from each article's paragraphs and the pair's aligned paragraphs
 * (which run in order on both sides). Every body paragraph of both articles (as copy
 * detection reads them: title and boilerplate left out) lands in one row.
 */
export function compareRows(parasA: readonly Span[], parasB: readonly Span[], pair: Pick<CopyPair, 'a' | 'b' | 'paragraphs'>): CompareRow[] {
  const rows: CompareRow[] = [];
  const beforeA = parasA.filter((p) => p.end <= pair.a.start).map(spanOf), beforeB = parasB.filter((p) => p.end <= pair.b.start).map(spanOf);
  if (beforeA.length + beforeB.length > 0) rows.push({ kind: 'outside', position: 'before', a: beforeA, b: beforeB });
  let atA = pair.a.start, atB = pair.b.start;
  for (const p of pair.paragraphs) {
    const gapA = parasA.filter((x) => x.start >= atA && x.end <= p.a.start).map(spanOf);
    const gapB = parasB.filter((x) => x.start >= atB && x.end <= p.b.start).map(spanOf);
    if (gapA.length + gapB.length > 0) rows.push({ kind: 'unmatched', a: gapA, b: gapB });
    rows.push({ kind: 'aligned', match: p.match, similarity: p.similarity, a: spanOf(p.a), b: spanOf(p.b) });
    atA = p.a.end; atB = p.b.end;
  }
  const afterA = parasA.filter((x) => x.start >= atA).map(spanOf), afterB = parasB.filter((x) => x.start >= atB).map(spanOf);
  if (afterA.length + afterB.length > 0) rows.push({ kind: 'outside', position: 'after', a: afterA, b: afterB });
  return rows;
}
