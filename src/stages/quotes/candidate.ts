import type { QuoteKind } from '../../core/quote.js';
import type { Span } from '../../core/span.js';

/** A quote before speakers are resolved: what steps 05–07 hand to step 08. */
export interface Candidate extends Span {
  readonly kind: QuoteKind;
  readonly rule: string;
  readonly unit: Span;
  /** Paragraph (line) index of the unit. */
  readonly line: number;
  readonly cue: Span | null;
  /** The speaker phrase in the text, if the quote's own sentence names one. */
  readonly speaker: Span | null;
  readonly parts?: readonly Span[];
  /** For quotes whose speaker comes from context (floating, continued, colon): where to look. */
  readonly inherit?: 'previous' | 'next';
}

/** A sentence, or several when a quotation runs across sentence ends, with its paragraph index. */
export interface Unit extends Span {
  readonly line: number;
}

/** Trims white space and a trailing full stop / comma, as the gold corpora draw indirect content. */
export function contentSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,:—–]/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?—–]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

export function wordCount(text: string, s: Span): number {
  return text.slice(s.start, s.end).split(/\s+/).filter(Boolean).length;
}
