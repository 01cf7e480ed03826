import type { Article } from '../core/article.js';
import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import type { Quote, QuoteKind, SpeakerKind } from '../core/quote.js';
import { outletKey } from './article-rows.js';

/**
 * What every backend indexes for one quote: its text and speaker for filtering, and the date and
 * outlet of its article so a quote list can be filtered like an article list. The document's
 * `quotes` layer stays the source of truth; these rows are derived from it.
 */
export interface QuoteRow {
  readonly id: string;
  readonly document: string;
  readonly article: string;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speakerName: string | null;
  readonly speakerKey: string | null;
  readonly speakerKind: SpeakerKind | null;
  readonly confidence: number;
  readonly rule: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly outletKey: string | null;
}

/** Speaker names compare case-insensitively, white space folded. */
export function speakerKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function quoteRows(doc: Document): QuoteRow[] {
  const articles = new Map(getLayer<Article>(doc, 'articles').map((a) => [a.id, a]));
  return getLayer<Quote>(doc, 'quotes').map((q, ordinal) => {
    const article = articles.get(q.article);
    const outlet = article?.outlet?.value ?? null;
    return {
      id: q.id, document: doc.id, article: q.article, ordinal, start: q.start, end: q.end,
      text: doc.text.slice(q.start, q.end), kind: q.kind,
      speakerName: q.speaker?.name ?? null, speakerKey: q.speaker ? speakerKey(q.speaker.name) : null, speakerKind: q.speaker?.kind ?? null,
      confidence: q.confidence, rule: q.rule,
      title: article?.title?.value ?? null, date: article?.date?.value ?? null, outlet, outletKey: outlet ? outletKey(outlet) : null,
    };
  });
}
