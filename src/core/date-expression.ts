import type { Annotation, Span } from './span.js';

/** How precise a resolved date is. */
export type Granularity = 'day' | 'week' | 'month' | 'year';

/** "early", "mid" or "late" part of the period; "earlier"/"later" this period (before/after publication). */
export type DateQualifier = 'early' | 'mid' | 'late' | 'earlier' | 'later';

/**
 * A date expression of an article body (the `dates` layer, made by the `dates` stage): the span is
 * the words ("late October", "on Tuesday"); `value` is computed from them and the article's
 * publication date (`anchor`), formatted by granularity: day `2024-03-12`, week `2024-W10`
 * (ISO week), month `2024-03`, year `2024`. `from`/`to` are the first and last day the value
 * covers (narrowed by the qualifier), so a timeline can sort and filter on days.
 */
export type DateExpression = Annotation<{
  readonly article: string;
  readonly value: string;
  readonly granularity: Granularity;
  readonly qualifier: DateQualifier | null;
  readonly from: string;
  readonly to: string;
  /** The publication date it was resolved against (YYYY-MM-DD), or null for an absolute date in an undated article. */
  readonly anchor: string | null;
  /** The sentence the expression is in: the event's statement. */
  readonly sentence: Span;
}>;
