import { perOutletMonth } from './per-outlet-month.js';
import type { SpeakerKind } from '../core/quote.js';
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

/** Per-kind counts from the quotes themselves (the same figures listSpeakers gives). */
function summarise(rows: readonly QuoteSummary[]): SpeakerSummary[] {
  const kinds = new Map<SpeakerKind, { name: string; quotes: number; articles: Set<string>; outlets: Set<string>; first: string | null; last: string | null }>();
  for (const q of rows) {
    const k = kinds.get(q.speakerKind!) ?? { name: q.speaker!, quotes: 0, articles: new Set(), outlets: new Set(), first: null, last: null };
    k.quotes++;
    k.articles.add(q.article);
    if (q.outlet) k.outlets.add(q.outlet);
    if (q.date && (k.first === null || q.date < k.first)) k.first = q.date;
    if (q.date && (k.last === null || q.date > k.last)) k.last = q.date;
    if (q.speaker! < k.name) k.name = q.speaker!;
    kinds.set(q.speakerKind!, k);
  }
  return [...kinds].map(([kind, k]) => ({ name: k.name, kind, quotes: k.quotes, articles: k.articles.size, outlets: [...k.outlets].sort(), firstDate: k.first, lastDate: k.last }))
    .sort((a, b) => b.quotes - a.quotes);
}

/**
 * One speaker's page: quotes of exactly this name (case and spacing aside) and, when given,
 * this kind, read through the store's speaker index. One pass over the quotes gives the counts;
 * only a speaker with more than MAX_QUOTES quotes is counted by the store.
 * `distinct` counts a quote reprinted across a copy cluster once (the store's `distinct`).
 */
export async function speakerView(store: Store, name: string, kind: SpeakerKind | undefined, limit: number, offset: number, distinct = false): Promise<SpeakerView | null> {
  const filter = { speakerIs: name, ...(kind ? { speakerKind: kind } : {}), ...(distinct ? { distinct: true } : {}) };
  const rows = await store.listQuotes({ ...filter, limit: MAX_QUOTES });
  const sampled = rows.length === MAX_QUOTES;
  const summaries = sampled ? await store.listSpeakers({ ...filter, limit: 200 }) : summarise(rows);
  if (summaries.length === 0) return null;
  const quotesTotal = summaries.reduce((n, s) => n + s.quotes, 0);
  return {
    name: summaries[0]!.name, summaries, quotesTotal, sampled: rows.length < quotesTotal,
    byOutlet: perOutletMonth(rows), quotes: rows.slice(offset, offset + limit), offset,
  };
}
