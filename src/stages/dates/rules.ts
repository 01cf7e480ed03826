/**
 * Rule tables of the dates stage. Each entry says why it exists; the sub-steps only apply them.
 */
import type { DateQualifier } from '../../core/date-expression.js';

export interface QualifierRule {
  readonly id: string;
  /** Matched against the text just before a date expression (anchored at its end). */
  readonly before: RegExp;
  /** The expression itself must match this (earlier/later qualify only "this …"). */
  readonly words?: RegExp;
  readonly qualifier: DateQualifier;
  readonly reason: string;
}

export const QUALIFIERS: readonly QualifierRule[] = [
  { id: 'earlier-this', before: /\bearlier\s+$/i, words: /^this\b/i, qualifier: 'earlier', reason: '"earlier this month": the part of the period before publication; chrono reads only "this month"' },
  { id: 'later-this', before: /\blater\s+$/i, words: /^this\b/i, qualifier: 'later', reason: '"later this year": the part of the period after publication' },
  { id: 'early', before: /\b(?:early|(?:the\s+)?(?:beginning|start) of)(?:\s+|-)$/i, qualifier: 'early', reason: '"early March", "the start of 2020": the first third of the period' },
  { id: 'mid', before: /\b(?:mid|middle of|the middle of)(?:\s+|-)$/i, qualifier: 'mid', reason: '"mid-October", "the middle of 2021": the middle third' },
  { id: 'late', before: /\b(?:late|(?:the\s+)?end of)(?:\s+|-)$/i, qualifier: 'late', reason: '"late October", "the end of May": the last third' },
];

/**
 * Words near an expression that make its future reading right: news is about the past, so a date
 * without a year is moved back unless the sentence says it is still to come.
 */
export const FUTURE_CUES = /\b(?:will|'ll|shall|is (?:scheduled|due|set|expected|planned)|are (?:scheduled|due|set|expected|planned)|scheduled|upcoming|plans? to|planned for|to be held|next|coming|until|tomorrow)\b/i;

/**
 * How far (characters) around an expression future cues are looked for, within its sentence: a
 * reported plan ("will comply with the request … to suspend Parliament for parts of September")
 * puts the cue well before the date.
 */
export const FUTURE_WINDOW = 120;

/** Prepositions that make a bare four-digit number a year ("in 2019", "since 2015"); chrono reads none of these. */
export const YEAR_PATTERN = /\b(?:(in|since|during|by|until|throughout|from|before|after|of|early|late|mid|the end of|the start of|the beginning of)(?:\s+|-))((?:1[89]|20)\d{2})\b(?![-–/]\d|\s*(?:people|percent|%|km|metres|meters|miles|votes|troops|dollars|euros))/gi;

export interface RejectRule {
  readonly id: string;
  readonly test: (words: string) => boolean;
  readonly reason: string;
}

/** What chrono finds that is no date in news prose. */
export const REJECTS: readonly RejectRule[] = [
  { id: 'modal-may', test: (w) => /^(?:on\s+|in\s+)?may$/.test(w.trim()), reason: 'lower-case "may" is the verb, not the month' },
  { id: 'march-verb', test: (w) => /^march$/.test(w.trim()), reason: 'lower-case "march" is the verb or the noun, not the month' },
  { id: 'now', test: (w) => /^(?:right\s+)?now$|^(?:at\s+)?the moment$/i.test(w.trim()), reason: '"now" refers to no day of its own' },
  { id: 'time-only', test: (w) => /^(?:at\s+|by\s+|around\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+(?:local time|GMT|UTC|[A-Z]{2,4}))?$/i.test(w.trim()), reason: 'a clock time alone ("at 3 p.m.") says no day' },
  { id: 'bare-number', test: (w) => /^\d{1,2}$/.test(w.trim()), reason: 'a bare number is no date' },
  { id: 'sec-min', test: (w) => /\b(?:seconds?|minutes?|hours?)\b/i.test(w), reason: 'durations in hours or less are not days on a timeline' },
];

/** Expressions whose span mentions a week: their granularity is the week, whatever day chrono picked. */
export const WEEK_WORDS = /\bweeks?\b/i;
/** A month-sized relative ("last month", "a month ago"). */
export const MONTH_WORDS = /\bmonths?\b/i;
/** A year-sized relative ("last year", "three years ago"). */
export const YEAR_WORDS = /\byears?\b/i;

/** Words that make an expression relative to publication: chrono's day for it is then already the right one. */
export const RELATIVE_WORDS = /\b(?:ago|yesterday|today|tonight|tomorrow|last|this|next|past|previous|earlier|later)\b/i;

/** "this week": the week of publication (chrono's day for it is the Sunday before, a week early in ISO weeks). */
export const THIS_WEEK = /^this week$/i;

/** A deadline preposition just before a yearless date ("a no-deal Brexit by October 31") reads it as still to come. */
export const DEADLINE_BEFORE = /\b(?:by|until|till|before|ahead of)\s+(?:the\s+)?$/i;
