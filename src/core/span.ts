/**
 * Standoff spans: half-open `[start, end)` ranges in UTF-16 code units into a
 * Document's text. An annotation's text is always derived by slicing, never
 * stored a second time.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Who made an annotation and why: `by` is the versioned stage, `rule` the rule id. */
export interface Provenance {
  readonly by: string;
  readonly rule: string;
}

export type Annotation<T extends object = object> = Span & Provenance & T;

export function span(start: number, end: number): Span {
  return { start, end };
}

export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function isValidSpan(text: string, s: Span): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
}

export function containsSpan(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Prints a span with some surrounding text, for test failures and debug output. */
export function showSpan(text: string, s: Span, context = 30): string {
  const before = text.slice(Math.max(0, s.start - context), s.start);
  const after = text.slice(s.end, s.end + context);
  return `…${before}[[${text.slice(s.start, s.end)}]]${after}… @${s.start}-${s.end}`.replace(/\n/g, '⏎');
}
