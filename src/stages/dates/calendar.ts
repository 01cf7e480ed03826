/** Day arithmetic on YYYY-MM-DD strings in UTC (no time zones: a news date is a calendar day). */

export interface Ymd { readonly year: number; readonly month: number; readonly day: number }

export function parseYmd(iso: string): Ymd {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatYmd(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function addDays(iso: string, days: number): string {
  const t = Date.UTC(...toArgs(parseYmd(iso))) + days * 86_400_000;
  const d = new Date(t);
  return formatYmd({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function toArgs(d: Ymd): [number, number, number] {
  return [d.year, d.month - 1, d.day];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(Date.UTC(...toArgs(parseYmd(iso)))).getUTCDay();
}

/** The Monday that starts the ISO week of a day. */
export function weekStart(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

/** ISO 8601 week label: `2024-W10` (the week's year is the year of its Thursday). */
export function isoWeek(iso: string): string {
  const thursday = addDays(weekStart(iso), 3);
  const { year } = parseYmd(thursday);
  const firstThursday = addDays(weekStart(`${year}-01-04`), 3);
  const n = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return `${year}-W${pad(n)}`;
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
