import type { QuoteQuery, QuoteSummary, SpeakerQuery, SpeakerSummary } from '../store.js';
import type { CopyIndex } from './copy-index.js';
import { speakerKey } from '../quote-rows.js';
import { wordsOf } from '../../stages/duplicates/01-words.js';
import { wordSimilarity } from '../../stages/duplicates/07-drift.js';

/** Quotes whose words agree this much count as one quote travelling (a few words lost or gained). */
const SAME_QUOTE = 0.8;

interface Lister {
  listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]>;
}

/**
 * `--distinct`: a quote reprinted across a copy cluster counts once. Quotes of articles in the
 * same cluster, by the same speaker, whose words agree (SAME_QUOTE) are one; the earliest stays.
 * Articles in no cluster keep all their quotes (their words are never compared). Shared by every
 * store, on top of its own listing: "the same quote" allows a few words lost or gained (word-level
 * LCS), which SQL cannot compute, so only the listing and the cluster lookup are SQL.
 */
export async function distinctQuotes(store: Lister & Pick<CopyIndex, 'copyMembers'>, query: QuoteQuery): Promise<QuoteSummary[]> {
  const all = await store.listQuotes({ ...query, distinct: false, limit: undefined, offset: undefined });
  const out = await keepDistinct(store, all);
  const offset = query.offset ?? 0;
  return out.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
}

/** The quotes of `all` (in their order) left when each is counted once per copy cluster, as distinctQuotes counts them. */
export async function keepDistinct(store: Pick<CopyIndex, 'copyMembers'>, all: readonly QuoteSummary[]): Promise<QuoteSummary[]> {
  const cluster = new Map((await store.copyMembers([...new Set(all.map((q) => q.article))])).map((m) => [m.article, m.cluster]));
  const kept = new Map<string, Array<{ words: string[] }>>();
  const out: QuoteSummary[] = [];
  for (const q of all) {
    const c = cluster.get(q.article);
    if (c !== undefined) {
      const words = [...wordsOf(q.text).words];
      const key = `${c}\u0000${q.speaker === null ? '' : speakerKey(q.speaker)}`;
      const group = kept.get(key) ?? [];
      if (group.some((g) => wordSimilarity(g.words, words) >= SAME_QUOTE)) continue;
      group.push({ words });
      kept.set(key, group);
    }
    out.push(q);
  }
  return out;
}

/** Speakers counted over distinct quotes: the same order and fields as listSpeakers. */
export async function distinctSpeakers(store: Lister & Pick<CopyIndex, 'copyMembers'>, query: SpeakerQuery): Promise<SpeakerSummary[]> {
  const quotes = await distinctQuotes(store, { ...query, limit: undefined, offset: undefined });
  const groups = new Map<string, QuoteSummary[]>();
  for (const q of quotes) {
    if (q.speaker === null || q.speakerKind === null) continue;
    const key = `${speakerKey(q.speaker)}\u0000${q.speakerKind}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const rows = [...groups].map(([key, qs]) => {
    const dates = qs.map((q) => q.date).filter((d): d is string => d !== null).sort();
    return {
      key, name: qs.map((q) => q.speaker!).sort()[0]!, kind: qs[0]!.speakerKind!, quotes: qs.length,
      articles: new Set(qs.map((q) => q.article)).size, outlets: [...new Set(qs.map((q) => q.outlet).filter((o): o is string => o !== null))].sort(),
      firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null,
    };
  });
  rows.sort((a, b) => b.quotes - a.quotes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const offset = query.offset ?? 0;
  return rows.slice(offset, query.limit === undefined ? undefined : offset + query.limit).map(({ key: _k, ...r }) => r);
}
