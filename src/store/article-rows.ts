import type { Article } from '../core/article.js';
import { bodyText } from '../core/article.js';
import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';

/**
 * What every backend indexes for one article: the summary columns, the case-folded outlet
 * for exact case-insensitive filtering, and the body for full-text search. The document's
 * `articles` layer stays the one source of truth; these rows are derived from it.
 */
export interface ArticleRow {
  readonly id: string;
  readonly document: string;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly outletKey: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly body: string;
  readonly article: Article;
}

export function articleRows(doc: Document): ArticleRow[] {
  return getLayer<Article>(doc, 'articles').map((article, ordinal) => ({
    id: article.id,
    document: doc.id,
    ordinal,
    start: article.start,
    end: article.end,
    title: article.title?.value ?? null,
    date: article.date?.value ?? null,
    outlet: article.outlet?.value ?? null,
    outletKey: article.outlet ? outletKey(article.outlet.value) : null,
    author: article.author?.value ?? null,
    url: article.url?.value ?? null,
    body: bodyText(doc.text, article),
    article,
  }));
}

/** Outlet names compare case-insensitively and ignoring surrounding white space. */
export function outletKey(outlet: string): string {
  return outlet.trim().toLowerCase();
}
