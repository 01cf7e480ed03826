import type { Article, ArticleField } from '../core/article.js';
import { bodyText } from '../core/article.js';
import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import { quoteRecordsOf, type AttributionRecord, type QuoteRecord } from './quote-records.js';
import { headlineRecordsOf, type HeadlineRecord } from './headline-records.js';

/** Bumped when a record's meaning changes; new optional keys do not bump it. See docs/export.md. */
export const EXPORT_FORMAT_VERSION = 1;

export interface HeaderRecord {
  readonly type: 'header';
  readonly format: 'presstrail';
  readonly version: number;
  readonly generator: string;
}

export interface DocumentRecord {
  readonly type: 'document';
  readonly id: string;
  readonly uri: string;
  readonly mediaType: string;
  readonly sha256: string;
  /** Length of the text in UTF-16 code units (what every offset counts). */
  readonly length: number;
  readonly byteLength: number;
  readonly encoding: string;
  readonly url: string | null;
  readonly container: string | null;
  readonly text?: string;
  readonly messages: ReadonlyArray<{ readonly reason: string; readonly ruleId: string; readonly source: string; readonly fatal: boolean }>;
}

export interface FieldEvidence {
  readonly start: number | null;
  readonly end: number | null;
  readonly source: string;
  readonly rule: string;
}

export interface ArticleRecord {
  readonly type: 'article';
  readonly id: string;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly title: string | null;
  readonly titleStart: number | null;
  readonly titleEnd: number | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly boilerplate: ReadonlyArray<{ readonly start: number; readonly end: number; readonly label: string; readonly rule: string }>;
  /** Where each field came from: a span of the document text, or a named metadata source. */
  readonly evidence: Readonly<Record<'title' | 'date' | 'outlet' | 'author' | 'url', FieldEvidence | null>>;
  readonly by: string;
  readonly rule: string;
}

export function headerRecord(generator: string): HeaderRecord {
  return { type: 'header', format: 'presstrail', version: EXPORT_FORMAT_VERSION, generator };
}

export function documentRecord(doc: Document, options: { text: boolean }): DocumentRecord {
  return {
    type: 'document', id: doc.id, uri: doc.origin.uri, mediaType: doc.origin.mediaType, sha256: doc.origin.sha256,
    length: doc.text.length, byteLength: doc.origin.byteLength, encoding: doc.origin.encoding,
    url: doc.origin.url ?? null, container: doc.origin.container?.uri ?? null,
    ...(options.text ? { text: doc.text } : {}),
    messages: doc.messages.map((m) => ({ reason: m.reason, ruleId: m.ruleId, source: m.source, fatal: m.fatal })),
  };
}

function evidence(field: ArticleField | null): FieldEvidence | null {
  if (!field) return null;
  return { start: field.start ?? null, end: field.end ?? null, source: field.source, rule: field.rule };
}

export function articleRecord(article: Article): ArticleRecord {
  return {
    type: 'article', id: article.id, document: article.document, start: article.start, end: article.end,
    title: article.title?.value ?? null, titleStart: article.title?.start ?? null, titleEnd: article.title?.end ?? null,
    date: article.date?.value ?? null, outlet: article.outlet?.value ?? null, author: article.author?.value ?? null, url: article.url?.value ?? null,
    boilerplate: article.boilerplate.map((b) => ({ start: b.start, end: b.end, label: b.label, rule: b.rule })),
    evidence: { title: evidence(article.title), date: evidence(article.date), outlet: evidence(article.outlet), author: evidence(article.author), url: evidence(article.url) },
    by: article.by, rule: article.rule,
  };
}

/** Every record one document contributes, in stream order: the document, its articles, then quotes and attributions, then headline checks. */
export function recordsOf(doc: Document, options: { text: boolean }): Array<DocumentRecord | ArticleRecord | QuoteRecord | AttributionRecord | HeadlineRecord> {
  return [documentRecord(doc, options), ...getLayer<Article>(doc, 'articles').map(articleRecord), ...quoteRecordsOf(doc), ...headlineRecordsOf(doc)];
}

export const CSV_COLUMNS = ['id', 'document', 'uri', 'start', 'end', 'title', 'date', 'outlet', 'author', 'url', 'body'] as const;

export function articleCsvRow(doc: Document, article: Article): string[] {
  return [article.id, doc.id, doc.origin.uri, String(article.start), String(article.end), article.title?.value ?? '', article.date?.value ?? '',
    article.outlet?.value ?? '', article.author?.value ?? '', article.url?.value ?? '', bodyText(doc.text, article)];
}

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',') + '\r\n';
}
