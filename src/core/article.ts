import type { Annotation, Span } from './span.js';

/**
 * A metadata value with its evidence: either a span of the document text (`start`/`end`)
 * or a named metadata source (`jsonld:NewsArticle.datePublished`, `record:date`).
 * `rule` says which rule chose it.
 */
export interface ArticleField {
  readonly value: string;
  readonly start?: number;
  readonly end?: number;
  readonly source: string;
  readonly rule: string;
}

export type BoilerplateLabel =
  | 'related'
  | 'read-more'
  | 'share'
  | 'caption'
  | 'author-bio'
  | 'newsletter'
  | 'advert'
  | 'navigation'
  | 'comments'
  | 'copyright'
  | 'tags'
  | 'source-line'
  | 'other';

export type BoilerplateSpan = Annotation<{ readonly label: BoilerplateLabel }>;

/**
 * One article: a span of a document, its fields with evidence, and the clutter inside it
 * kept as labelled spans (never deleted from the text).
 */
export type Article = Annotation<{
  /** `a_` + document id suffix + `_` + index within the document. */
  readonly id: string;
  readonly document: string;
  readonly title: ArticleField | null;
  /** `value` is YYYY-MM-DD. */
  readonly date: ArticleField | null;
  readonly author: ArticleField | null;
  readonly outlet: ArticleField | null;
  readonly url: ArticleField | null;
  readonly boilerplate: readonly BoilerplateSpan[];
}>;

export function articleId(documentId: string, index: number): string {
  return `a_${documentId.slice(2)}_${index}`;
}

/** The article's body: its span minus the title and boilerplate spans, as ranges of the text. */
export function bodySpans(article: Article): Span[] {
  const cuts: Span[] = [...article.boilerplate];
  if (article.title?.start !== undefined && article.title.end !== undefined) cuts.push({ start: article.title.start, end: article.title.end });
  cuts.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = article.start;
  for (const c of cuts) {
    if (c.start > at) out.push({ start: at, end: Math.min(c.start, article.end) });
    at = Math.max(at, c.end);
  }
  if (at < article.end) out.push({ start: at, end: article.end });
  return out;
}

export function bodyText(text: string, article: Article): string {
  return bodySpans(article)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
}
