import type { HeadlineVerdict } from '../core/headline.js';
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

/** One article's headline check, or null when its headline was not checked. */
export async function headlineOf(store: Store, article: string): Promise<HeadlineSummary | null> {
  return (await store.listHeadlines({ articles: [article], limit: 1 }))[0] ?? null;
}
