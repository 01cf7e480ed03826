import type { EntityMentionRow } from '../store/entity-rows.js';
import type { QuoteSummary, Store } from '../store/store.js';

/** The quotes an entity's mentions speak, in date order (one store query per article). */
export async function entityQuotes(store: Store, mentions: readonly EntityMentionRow[]): Promise<QuoteSummary[]> {
  const ids = new Set(mentions.flatMap((m) => m.quotes));
  const articles = [...new Set(mentions.filter((m) => m.quotes.length > 0).map((m) => m.article).filter((a): a is string => a !== null))];
  const found = (await Promise.all(articles.map((article) => store.listQuotes({ article })))).flat().filter((q) => ids.has(q.id));
  return found.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document) || a.start - b.start);
}
