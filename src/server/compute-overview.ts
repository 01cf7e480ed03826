import type { SpeakerKind } from '../core/quote.js';
import type { SpeakerSummary, Store, StoreStats } from '../store/store.js';
import type { CopyClusterSummary } from '../core/copy.js';
import { clusterSummaries } from '../store/copies/cluster-summaries.js';

export interface PeriodCount {
  /** `YYYY` or `YYYY-MM`. */
  readonly period: string;
  readonly articles: number;
}

export interface OutletQuoteKinds {
  readonly outlet: string;
  readonly quotes: number;
  readonly bySpeakerKind: Readonly<Record<SpeakerKind, number>>;
}

/** What the corpus overview shows; every figure is a count the store answers. */
export interface Overview {
  readonly stats: StoreStats;
  readonly quotes: number;
  readonly granularity: 'month' | 'year';
  readonly articlesOverTime: readonly PeriodCount[];
  readonly undatedArticles: number;
  readonly quotesBySpeakerKind: readonly OutletQuoteKinds[];
  readonly topSpeakers: readonly SpeakerSummary[];
  /** The largest copy clusters (most articles first); empty until the copies step has run. */
  readonly largestCopyClusters: readonly CopyClusterSummary[];
}

export const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'anonymous', 'document', 'media'];
/** Outlets shown in the per-outlet quote chart (the most prolific). */
const CHART_OUTLETS = 12;
/** Copy clusters the overview lists. */
const TOP_CLUSTERS = 8;
/** Beyond this many months the timeline counts years. */
const MAX_MONTHS = 96;

export async function computeOverview(store: Store): Promise<Overview> {
  const stats = await store.stats();
  const { granularity, periods } = periodsBetween(stats.firstDate, stats.lastDate);
  const articlesOverTime: PeriodCount[] = [];
  for (const p of periods) articlesOverTime.push({ period: p.label, articles: await store.countArticles({ from: p.from, to: p.to }) });
  const dated = articlesOverTime.reduce((n, p) => n + p.articles, 0);
  const quotesBySpeakerKind: OutletQuoteKinds[] = [];
  for (const { outlet } of stats.outlets.slice(0, CHART_OUTLETS)) {
    const bySpeakerKind = {} as Record<SpeakerKind, number>;
    for (const kind of SPEAKER_KINDS) bySpeakerKind[kind] = await store.countQuotes({ outlet, speakerKind: kind });
    quotesBySpeakerKind.push({ outlet, quotes: await store.countQuotes({ outlet }), bySpeakerKind });
  }
  return {
    stats, quotes: await store.countQuotes(), granularity, articlesOverTime, undatedArticles: stats.articles - dated,
    quotesBySpeakerKind, topSpeakers: await store.listSpeakers({ limit: 15 }),
    largestCopyClusters: clusterSummaries(await store.copyMembers(), await store.copyPairs()).slice(0, TOP_CLUSTERS),
  };
}

interface Period { readonly label: string; readonly from: string; readonly to: string }

/** Calendar months between two dates (or years, when that would be too many months). */
export function periodsBetween(first: string | null, last: string | null): { granularity: 'month' | 'year'; periods: Period[] } {
  if (first === null || last === null) return { granularity: 'month', periods: [] };
  const [y0, m0] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const [y1, m1] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  const periods: Period[] = [];
  if (months <= MAX_MONTHS) {
    for (let i = 0; i < months; i++) {
      const y = y0 + Math.floor((m0 - 1 + i) / 12);
      const m = String(((m0 - 1 + i) % 12) + 1).padStart(2, '0');
      periods.push({ label: `${y}-${m}`, from: `${y}-${m}-01`, to: `${y}-${m}-31` });
    }
    return { granularity: 'month', periods };
  }
  for (let y = y0; y <= y1; y++) periods.push({ label: String(y), from: `${y}-01-01`, to: `${y}-12-31` });
  return { granularity: 'year', periods };
}

/**
 * The overview is dozens of counts: computed once, kept until this server writes (an upload)
 * or a minute passes (another process may have ingested meanwhile).
 */
export class OverviewCache {
  private value: Promise<Overview> | null = null;
  private at = 0;

  constructor(private readonly store: Store, private readonly ttlMs = 60_000) {}

  get(): Promise<Overview> {
    if (this.value === null || Date.now() - this.at > this.ttlMs) {
      this.at = Date.now();
      this.value = computeOverview(this.store);
      this.value.catch(() => { this.value = null; });
    }
    return this.value;
  }

  invalidate(): void {
    this.value = null;
  }
}
