/**
 * Step 2: dates. Finds a date expression in a line, says whether a line is a dateline (a date
 * and nothing but filler), and normalises dates from text or metadata to YYYY-MM-DD, the date
 * as written in its own zone (never shifted across midnight by converting to UTC).
 */
import * as chrono from 'chrono-node';
import { DATE_RULES, DATELINE_FILLER, MONTH_NAMES, RELATIVE_DATE } from './rules.js';

export interface DateHit {
  /** YYYY-MM-DD, or null for a relative date ("3 hours ago"). */
  readonly value: string | null;
  /** Offsets relative to the string searched. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

const MONTH_RES = MONTH_NAMES.map((alt) => new RegExp(`^(?:${alt})$`, 'i'));

function monthNumber(name: string): number {
  return MONTH_RES.findIndex((re) => re.test(name)) + 1;
}

function ymd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function valueOf(rule: string, g: RegExpExecArray): string | null {
  const n = (i: number): number => Number(g[i]);
  switch (rule) {
    case 'iso-date':
      return ymd(n(1), n(2), n(3));
    case 'month-day-year':
      return ymd(n(3), monthNumber(g[1]!), n(2));
    case 'day-month-year':
      return ymd(n(3), monthNumber(g[2]!), n(1));
    case 'numeric-date':
      // Day first ("05/02/2024" = 5 February), unless only month-first makes a date.
      return n(2) > 12 ? ymd(n(3), n(1), n(2)) : ymd(n(3), n(2), n(1));
    default:
      return null;
  }
}

/** The first date expression in `text` (earliest match across rules), or a relative date. */
export function findDate(text: string): DateHit | null {
  let best: DateHit | null = null;
  for (const rule of DATE_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const value = valueOf(rule.id, m);
    if (value === null) continue;
    const hit = { value, start: m.index, end: m.index + m[0].length, rule: rule.id };
    if (!best || hit.start < best.start || (hit.start === best.start && hit.end > best.end)) best = hit;
  }
  if (best) return best;
  const rel = RELATIVE_DATE.pattern.exec(text);
  return rel ? { value: null, start: rel.index, end: rel.index + rel[0].length, rule: RELATIVE_DATE.id } : null;
}

/** True when the line is a date plus filler ("Published: 05/02/2024 10:31", "Updated 3 hours ago"). */
export function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  const hit = findDate(text);
  if (!hit) return false;
  const rest = (text.slice(0, hit.start) + ' ' + text.slice(hit.end)).replace(DATELINE_FILLER, ' ');
  return rest.trim().length === 0;
}

/**
 * Normalises a date from metadata: ISO with a zone, RFC 822, plain dates, or anything chrono
 * reads with a certain day, month and year. Returns null when the day cannot be stated.
 */
export function normalizeDate(raw: string): string | null {
  const hit = findDate(raw.trim());
  if (hit?.value) return hit.value;
  const parsed = chrono.parse(raw)[0];
  if (!parsed) return null;
  const s = parsed.start;
  if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) return null;
  return ymd(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
}
