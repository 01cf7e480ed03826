import type { SpeakerKind } from '../core/quote.js';
import { speakerKey } from '../store/quote-rows.js';
import type { QuoteSummary, SpeakerSummary, Store } from '../store/store.js';

/** Quotes read for one speaker's page; beyond this the page says it counted a sample. */
const MAX_QUOTES = 5000;

export interface SpeakerView {
  readonly name: string;
  /** One row per kind the name was found as (a newspaper can be `organization` and `media`). */
  readonly summaries: readonly SpeakerSummary[];
  readonly quotesTotal: number;
  /** True when more quotes exist than were read for `byOutlet`. */
  readonly sampled: boolean;
  /** Quotes per outlet per month (YYYY-MM; `undated` for articles without a date). */
  readonly byOutlet: ReadonlyArray<{ readonly outlet: string; readonly periods: Readonly<Record<string, number>> }>;
  readonly quotes: readonly QuoteSummary[];
  readonly offset: number;
}

/**
 * One speaker's page: the store filters speakers by a name part, so rows are narrowed here to
 * exactly this name (case and spacing aside) and, when given, this kind.
 */
export async function speakerView(store: Store, name: string, kind: SpeakerKind | undefined, limit: number, offset: number): Promise<SpeakerView | null> {
  const key = speakerKey(name);
  const same = (n: string | null, k: SpeakerKind | null) => n !== null && speakerKey(n) === key && (kind === undefined || k === kind);
  const summaries = (await store.listSpeakers({ speaker: name, ...(kind ? { speakerKind: kind } : {}), limit: 200 })).filter((s) => same(s.name, s.kind));
  if (summaries.length === 0) return null;
  const rows = (await store.listQuotes({ speaker: name, ...(kind ? { speakerKind: kind } : {}), limit: MAX_QUOTES })).filter((q) => same(q.speaker, q.speakerKind));
  const quotesTotal = summaries.reduce((n, s) => n + s.quotes, 0);
  const outlets = new Map<string, Record<string, number>>();
  for (const q of rows) {
    const outlet = q.outlet ?? '(no outlet)';
    const period = q.date?.slice(0, 7) ?? 'undated';
    const periods = outlets.get(outlet) ?? {};
    periods[period] = (periods[period] ?? 0) + 1;
    outlets.set(outlet, periods);
  }
  return {
    name: summaries[0]!.name, summaries, quotesTotal, sampled: rows.length < quotesTotal,
    byOutlet: [...outlets].map(([outlet, periods]) => ({ outlet, periods })), quotes: rows.slice(offset, offset + limit), offset,
  };
}
