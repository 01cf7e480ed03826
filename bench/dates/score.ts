/**
 * Scores date resolution on DATE_CASES: ours (the dates stage's resolveDates) and chrono-node
 * alone (casual English against the same publication date, granularity from the components it
 * knows, no past reading, no qualifiers, no bare years). A case counts when an expression
 * overlapping the expected words resolves to the expected value and granularity.
 */
import * as chrono from 'chrono-node';
import { resolveDates } from '../../src/stages/dates/resolve-dates.js';
import { isoWeek } from '../../src/stages/dates/calendar.js';
import type { DateCase } from './cases.js';

export interface Prediction { readonly start: number; readonly end: number; readonly value: string; readonly granularity: string; readonly qualifier: string | null }
export type Predictor = (text: string, pub: string) => Prediction[];

export const ours: Predictor = (text, pub) => resolveDates(text, { start: 0, end: text.length }, pub);

export const chronoAlone: Predictor = (text, pub) =>
  chrono.en.casual.parse(text, { instant: new Date(`${pub}T12:00:00Z`), timezone: 'UTC' }).map((r) => {
    const c = r.start;
    const day = `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    const granularity = c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : 'day';
    const value = granularity === 'day' ? day : granularity === 'month' ? day.slice(0, 7) : granularity === 'year' ? day.slice(0, 4) : isoWeek(day);
    return { start: r.index, end: r.index + r.text.length, value, granularity, qualifier: null };
  });

export interface CaseResult { readonly case: DateCase; readonly found: Prediction | null; readonly correct: boolean }

export interface Score {
  readonly cases: number;
  /** An expression overlapping the expected words was found. */
  readonly found: number;
  /** …and its value and granularity are the expected ones. */
  readonly correct: number;
  readonly granularityRight: number;
  readonly qualifierCases: number;
  readonly qualifierRight: number;
  readonly results: readonly CaseResult[];
}

export function scoreCases(cases: readonly DateCase[], predict: Predictor): Score {
  const results = cases.map((k): CaseResult => {
    const start = k.text.indexOf(k.words);
    if (start < 0) throw new Error(`case words "${k.words}" are not in "${k.text}"`);
    const end = start + k.words.length;
    const found = predict(k.text, k.pub).find((p) => p.start < end && start < p.end) ?? null;
    return { case: k, found, correct: found !== null && found.value === k.value && found.granularity === k.granularity };
  });
  const withQualifier = results.filter((r) => r.case.qualifier);
  return {
    cases: cases.length,
    found: results.filter((r) => r.found).length,
    correct: results.filter((r) => r.correct).length,
    granularityRight: results.filter((r) => r.found?.granularity === r.case.granularity).length,
    qualifierCases: withQualifier.length,
    qualifierRight: withQualifier.filter((r) => r.found?.qualifier === r.case.qualifier).length,
    results,
  };
}
