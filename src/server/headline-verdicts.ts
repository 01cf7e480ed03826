import type { HeadlineVerdict } from '../core/headline.js';
import { withClaimEntities } from '../export/headline-entities.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import type { ArticleSummary, HeadlineSummary, Store } from '../store/store.js';

/** A listed article with its headline's verdict; null when the headline was not checked. */
export type ArticleWithVerdict = ArticleSummary & { readonly headlineVerdict: HeadlineVerdict | null };

/** Adds each article's headline verdict to a page of articles: one headline query per page. */
export async function withHeadlineVerdicts(store: Store, items: readonly ArticleSummary[]): Promise<ArticleWithVerdict[]> {
  if (items.length === 0) return [];
  const checks = await store.listHeadlines({ articles: items.map((a) => a.id), limit: items.length });
  const byArticle = new Map(checks.map((c) => [c.article, c.verdict]));
  return items.map((a) => ({ ...a, headlineVerdict: byArticle.get(a.id) ?? null }));
}

/**
 * One article's headline check, or null when its headline was not checked. Each claim's speaker
 * gets its entity id from the entities step's mention rows of the document, as in the export.
 */
export async function headlineOf(store: Store, article: string): Promise<HeadlineSummary | null> {
  const check = (await store.listHeadlines({ articles: [article], limit: 1 }))[0];
  if (!check) return null;
  if (check.claims.every((c) => c.verdict === 'no attribution')) return check;
  const rows = (await store.listEntityMentions({ document: check.document })).filter((r): r is EntityMentionRow & { entity: string } => r.entity !== null);
  const speakers = new Map(rows.flatMap((r) => r.quotes.map((q) => [q, r.entity] as const)));
  return withClaimEntities(check, rows, speakers);
}
