import type { Entity } from '../core/entity.js';
import { outletKey } from '../store/article-rows.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import type { ArticleSummary, Store } from '../store/store.js';

/** Articles a text query may rank before they are narrowed to the entity's (beyond this, the best-ranked are kept). */
const MAX_TEXT_HITS = 5000;

export interface EntityArticleQuery {
  readonly q?: string;
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
}

export type MentioningArticle = ArticleSummary & { readonly mentions: number };

interface Mentioned { readonly article: string; readonly document: string; readonly date: string | null; mentions: number }

/** The entity's articles with their mention counts, narrowed by outlet and dates (which the mention rows carry). */
function mentioned(rows: readonly EntityMentionRow[], query: EntityArticleQuery): Map<string, Mentioned> {
  const outlet = query.outlet === undefined ? undefined : outletKey(query.outlet);
  const out = new Map<string, Mentioned>();
  for (const r of rows) {
    if (r.article === null) continue;
    if (outlet !== undefined && (r.outlet === null || outletKey(r.outlet) !== outlet)) continue;
    if ((query.from !== undefined && (r.date === null || r.date < query.from)) || (query.to !== undefined && (r.date === null || r.date > query.to))) continue;
    const m = out.get(r.article) ?? { article: r.article, document: r.document, date: r.date, mentions: 0 };
    m.mentions++;
    out.set(r.article, m);
  }
  return out;
}

/** Summaries of these articles, in their order: one article listing per document. */
async function summaries(store: Store, page: readonly Mentioned[]): Promise<ArticleSummary[]> {
  const byId = new Map<string, ArticleSummary>();
  for (const list of await Promise.all([...new Set(page.map((m) => m.document))].map((document) => store.listArticles({ document, limit: 500 })))) {
    for (const a of list) byId.set(a.id, a);
  }
  return page.map((m) => byId.get(m.article)).filter((a): a is ArticleSummary => a !== undefined);
}

/**
 * The search view's entity filter: articles that mention the entity (any alias, as the entities
 * step assigned its mentions). With words, the full-text ranking orders them (and gives snippets);
 * without, oldest first.
 */
export async function entityArticles(store: Store, entity: Entity, query: EntityArticleQuery, limit: number, offset: number): Promise<{ total: number; items: MentioningArticle[] }> {
  const found = mentioned(await store.listEntityMentions({ entity: entity.id }), query);
  if (query.q?.trim()) {
    const { q, ...filters } = query;
    const hits = (await store.listArticles({ ...filters, text: q, limit: MAX_TEXT_HITS })).filter((a) => found.has(a.id));
    return { total: hits.length, items: hits.slice(offset, offset + limit).map((a) => ({ ...a, mentions: found.get(a.id)!.mentions })) };
  }
  const ordered = [...found.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.article.localeCompare(b.article));
  const page = ordered.slice(offset, offset + limit);
  return { total: ordered.length, items: (await summaries(store, page)).map((a) => ({ ...a, mentions: found.get(a.id)!.mentions })) };
}
