/**
 * Every date expression of a stretch of text, resolved against a publication date: 01 chrono
 * candidates → 02 our years → 03 qualifiers → 04 granularity, past reading and days.
 */
import type { DateQualifier, Granularity } from '../../core/date-expression.js';
import { chronoCandidates } from './01-chrono.js';
import { yearCandidates } from './02-years.js';
import { withQualifier } from './03-qualifiers.js';
import { resolveCandidate } from './04-resolve.js';

export interface ResolvedDate {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly value: string;
  readonly granularity: Granularity;
  readonly qualifier: DateQualifier | null;
  readonly from: string;
  readonly to: string;
}

/**
 * Dates in `text.slice(range.start, range.end)` (offsets are into `text`); `clauses` (the sentences
 * of the range, when known) bound where future cues are looked for. Without an anchor only
 * expressions that name their year are resolved: a relative one means nothing without a date.
 */
export function resolveDates(text: string, range: { start: number; end: number }, anchor: string | null, clauses?: readonly { start: number; end: number }[]): ResolvedDate[] {
  const piece = text.slice(range.start, range.end);
  const fromChrono = chronoCandidates(piece, range.start, anchor ?? '2000-07-01').filter((c) => anchor !== null || c.knownYear);
  const candidates = [...fromChrono, ...yearCandidates(piece, range.start, fromChrono)].sort((a, b) => a.start - b.start);
  return candidates.map((raw) => {
    const c = withQualifier(text, raw);
    const r = resolveCandidate(text, c, anchor, clauses?.find((s) => s.start <= c.start && c.start < s.end) ?? range);
    const rule = [c.rule, 'qualifierRule' in c ? c.qualifierRule : undefined, ...r.steps].filter(Boolean).join('+');
    return { start: c.start, end: c.end, rule, value: r.value, granularity: r.granularity, qualifier: c.qualifier, from: r.from, to: r.to };
  });
}
