/** Counts per outlet per month (YYYY-MM; `undated` without a date): the mentions and quotes charts of entity and speaker pages. */
export function perOutletMonth(rows: Iterable<{ readonly outlet: string | null; readonly date: string | null }>): Array<{ outlet: string; periods: Record<string, number> }> {
  const outlets = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const outlet = r.outlet ?? '(no outlet)';
    const period = r.date?.slice(0, 7) ?? 'undated';
    const periods = outlets.get(outlet) ?? {};
    periods[period] = (periods[period] ?? 0) + 1;
    outlets.set(outlet, periods);
  }
  return [...outlets].map(([outlet, periods]) => ({ outlet, periods }));
}
