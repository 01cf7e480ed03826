/** A span to draw over the article text, in document offsets. */
export interface TextMark {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** One run of text covered by exactly the same marks (ids, widest first) and the same fold. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly string[];
  /** Index into the folds, or -1 for running text. */
  readonly fold: number;
}

/**
 * Cuts the text `[offset, offset + length)` at every mark and fold boundary, so each piece can
 * be drawn as one element with the classes of all marks over it. Overlapping and nested marks
 * are fine; spans outside the text are clipped; folds (boilerplate) must not overlap each other.
 * Pieces use local offsets (0 = the text's first character).
 */
export function cutPieces(length: number, offset: number, marks: readonly TextMark[], folds: readonly { start: number; end: number }[]): Piece[] {
  const clip = (n: number) => Math.max(0, Math.min(length, n - offset));
  const local = marks.map((m) => ({ id: m.id, start: clip(m.start), end: clip(m.end) })).filter((m) => m.end > m.start);
  const localFolds = folds.map((f) => ({ start: clip(f.start), end: clip(f.end) }));
  const cuts = new Set<number>([0, length]);
  for (const m of local) { cuts.add(m.start); cuts.add(m.end); }
  for (const f of localFolds) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const widestFirst = [...local].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const over = widestFirst.filter((m) => m.start <= start && end <= m.end).map((m) => m.id);
    const fold = localFolds.findIndex((f) => f.start <= start && end <= f.end);
    pieces.push({ start, end, marks: over, fold });
  }
  return pieces;
}

/** The mark a click on a piece means: the narrowest one (a cue inside a quote is the cue). */
export function innermost(piece: Piece): string | undefined {
  return piece.marks[piece.marks.length - 1];
}
