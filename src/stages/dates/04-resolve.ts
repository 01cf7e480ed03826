/**
 * 04: a candidate's granularity, the past reading (news reports what happened: a date without a
 * year that falls after publication moves back a week or a year, unless the clause says it is
 * still to come), and the days it covers after its qualifier.
 */
import type { DateQualifier, Granularity } from '../../core/date-expression.js';
import { addDays, compareIso, daysInMonth, formatYmd, isoWeek, weekStart } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import { DEADLINE_BEFORE, THIS_WEEK, FUTURE_CUES, FUTURE_WINDOW, MONTH_WORDS, WEEK_WORDS, YEAR_WORDS } from './rules.js';

export interface Resolution {
  readonly value: string;
  readonly granularity: Granularity;
  readonly from: string;
  readonly to: string;
  /** Extra rule ids that applied (`past-week`, `past-year`). */
  readonly steps: readonly string[];
}

export function granularityOf(c: DateCandidate, words: string): Granularity {
  if (c.relative && WEEK_WORDS.test(words)) return 'week';
  if (c.relative && MONTH_WORDS.test(words) && !c.knownDay) return 'month';
  if (c.relative && YEAR_WORDS.test(words) && !c.knownMonth) return 'year';
  if (c.knownDay || c.knownWeekday || (c.relative && !c.knownMonth && !c.knownYear)) return 'day';
  if (c.knownMonth) return 'month';
  return 'year';
}

/** Moves a yearless date that chrono put after publication back to its past reading. */
function pastReading(c: DateCandidate, day: string, anchor: string, granularity: Granularity, future: boolean): { day: string; step?: string } {
  if (c.relative || c.knownYear || future) return { day };
  const end = granularity === 'month' ? `${day.slice(0, 8)}${daysInMonth(c.year, c.month)}` : day;
  if (compareIso(granularity === 'month' ? `${day.slice(0, 8)}01` : end, anchor) <= 0) return { day };
  if (c.knownWeekday && !c.knownDay) return { day: addDays(day, -7), step: 'past-week' };
  return { day: `${c.year - 1}${day.slice(4)}`, step: 'past-year' };
}

function period(day: string, granularity: Granularity): { value: string; from: string; to: string } {
  const y = day.slice(0, 4);
  if (granularity === 'day') return { value: day, from: day, to: day };
  if (granularity === 'week') { const from = weekStart(day); return { value: isoWeek(day), from, to: addDays(from, 6) }; }
  if (granularity === 'month') return { value: day.slice(0, 7), from: `${day.slice(0, 7)}-01`, to: `${day.slice(0, 7)}-${String(daysInMonth(Number(y), Number(day.slice(5, 7)))).padStart(2, '0')}` };
  return { value: y, from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The days of a period a qualifier keeps: thirds for early/mid/late; before or after publication for earlier/later. */
export function narrow(from: string, to: string, qualifier: DateQualifier | null, anchor: string | null): { from: string; to: string } {
  if (!qualifier) return { from, to };
  const length = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  const third = Math.floor(length / 3);
  if (qualifier === 'early') return { from, to: addDays(from, third - 1) };
  if (qualifier === 'mid') return { from: addDays(from, third), to: addDays(to, -third) };
  if (qualifier === 'late') return { from: addDays(to, -(third - 1)), to };
  if (!anchor) return { from, to };
  return qualifier === 'earlier' ? { from, to: compareIso(anchor, to) < 0 ? anchor : to } : { from: compareIso(anchor, from) > 0 ? anchor : from, to };
}

/** `clause` is the sentence the expression is in: future cues anywhere in it count ("will comply with … to suspend Parliament in September"). */
export function resolveCandidate(text: string, c: DateCandidate, anchor: string | null, clause: { start: number; end: number }): Resolution {
  const words = text.slice(c.start, c.end);
  const granularity = granularityOf(c, words);
  const around = text.slice(Math.max(clause.start, c.start - FUTURE_WINDOW), Math.min(clause.end, c.end + FUTURE_WINDOW));
  // chrono starts "this week" on Sunday; the ISO week of publication is meant.
  const day = THIS_WEEK.test(words) && anchor ? anchor : formatYmd({ year: c.year, month: c.month, day: c.day });
  const future = FUTURE_CUES.test(around) || DEADLINE_BEFORE.test(text.slice(Math.max(clause.start, c.start - 16), c.start));
  const past = anchor ? pastReading(c, day, anchor, granularity, future) : { day };
  const p = period(past.day, granularity);
  return { ...p, granularity, ...narrow(p.from, p.to, c.qualifier, anchor), steps: past.step ? [past.step] : [] };
}
