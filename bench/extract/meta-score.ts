/** Metadata agreement as share present / share exact over pages whose truth has the field. */
export interface MetaTally { truths: number; present: number; exact: number }

export const newTally = (): MetaTally => ({ truths: 0, present: 0, exact: 0 });

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** YYYY-MM-DD of a date as pages give it; ISO strings keep their own calendar date. */
export function isoDay(value: string): string {
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

export function tallyField(tally: MetaTally, field: 'title' | 'author' | 'date', truth: string | null | undefined, got: string | undefined): void {
  if (!truth) return;
  tally.truths++;
  if (!got || !got.trim()) return;
  tally.present++;
  const same = field === 'date' ? isoDay(got).startsWith(truth) && truth.length >= 7 : norm(got) === norm(truth);
  if (same) tally.exact++;
}
