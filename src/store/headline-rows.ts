import type { Article } from '../core/article.js';
import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import type { HeadlineCheck, HeadlineVerdict } from '../core/headline.js';
import { headlineRecord, type HeadlineClaimRecord } from '../export/headline-records.js';
import { outletKey } from './article-rows.js';

/**
 * What every backend indexes for one checked headline: the summary verdict for filtering, the
 * claims as the export's JSON, and its article's date and outlet so lists filter without a join.
 * The document's `headlines` layer stays the source of truth; these rows are derived from it.
 */
export interface HeadlineRow {
  readonly article: string;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly headline: string;
  readonly verdict: HeadlineVerdict;
  readonly claims: readonly HeadlineClaimRecord[];
  readonly unsupported: readonly string[];
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly outletKey: string | null;
}

export function headlineRows(doc: Document): HeadlineRow[] {
  const articles = new Map(getLayer<Article>(doc, 'articles').map((a) => [a.id, a]));
  return getLayer<HeadlineCheck>(doc, 'headlines').map((h) => {
    const article = articles.get(h.article);
    const record = headlineRecord(doc, h);
    const outlet = article?.outlet?.value ?? null;
    return {
      article: h.article, document: doc.id, start: h.start, end: h.end, headline: record.text, verdict: h.verdict, claims: record.claims,
      unsupported: record.unsupported.map((u) => u.text), title: article?.title?.value ?? null, date: article?.date?.value ?? null,
      outlet, outletKey: outlet ? outletKey(outlet) : null,
    };
  });
}

/** The same row as SQL parameters (JSON columns as text). */
export function headlineParams(row: HeadlineRow): Record<string, unknown> {
  return {
    article: row.article, document: row.document, span_start: row.start, span_end: row.end, headline: row.headline, verdict: row.verdict,
    claims: JSON.stringify(row.claims), unsupported: JSON.stringify(row.unsupported), title: row.title, date: row.date, outlet: row.outlet, outlet_key: row.outletKey,
  };
}
