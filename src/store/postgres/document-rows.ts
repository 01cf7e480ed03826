import type { Document } from '../../core/document.js';
import { articleRows } from '../article-rows.js';
import { quoteRows } from '../quote-rows.js';
import type { DocumentRow } from '../sqlite/document-row.js';
import { documentParams, rowToDocument } from '../sqlite/document-row.js';
import { searchVector } from './search-vector.js';
import { headlineRowsCte, headlineRowsJson } from './headline-sql.js';

/** PostgreSQL text cannot hold U+0000; index columns get U+FFFD instead (the document keeps it, see bytea). */
const clean = (value: unknown): unknown => (typeof value === 'string' && value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value);

const ARTICLE_RECORD = `id text, document text, ordinal integer, span_start integer, span_end integer, title text,
  date text, outlet text, outlet_key text, author text, url text, article text, fts_title text, body text, search text`;
const QUOTE_RECORD = `id text, document text, article text, ordinal integer, span_start integer, span_end integer, text text,
  kind text, speaker_name text, speaker_key text, speaker_kind text, confidence double precision, rule text,
  title text, date text, outlet text, outlet_key text`;
const QUOTE_COLUMNS = `id, document, article, ordinal, span_start, span_end, text, kind, speaker_name, speaker_key,
  speaker_kind, confidence, rule, title, date, outlet, outlet_key`;

/**
 * The CTEs that write a document's derived rows (articles, their search rows, quotes) given a
 * CTE `d` holding its seq. Rows arrive as two JSON arrays so the statement is fixed whatever
 * the document holds, and one statement is one round trip however many articles there are.
 */
function derivedRowsSql(articles: number, quotes: number, headlines: number): string {
  return `, r AS (SELECT * FROM json_to_recordset($${articles}::json) AS r(${ARTICLE_RECORD})),
  a AS (
    INSERT INTO articles (document_seq, id, document, ordinal, span_start, span_end, title, date, outlet, outlet_key, author, url, article)
    SELECT d.seq, r.id, r.document, r.ordinal, r.span_start, r.span_end, r.title, r.date, r.outlet, r.outlet_key, r.author, r.url, r.article
    FROM d, r RETURNING seq, ordinal),
  f AS (INSERT INTO articles_fts (seq, title, body, search) SELECT a.seq, r.fts_title, r.body, r.search::tsvector FROM a JOIN r USING (ordinal)),
  q AS (
    INSERT INTO quotes (document_seq, ${QUOTE_COLUMNS})
    SELECT d.seq, ${QUOTE_COLUMNS} FROM d, json_to_recordset($${quotes}::json) AS qr(${QUOTE_RECORD}))${headlineRowsCte(headlines)}`;
}

/** Inserts a document unless its id is stored, with its derived rows; returns its seq when inserted. */
export const INSERT_DOCUMENT_SQL = `WITH d AS (
  INSERT INTO documents (id, uri, media_type, sha256, byte_length, encoding, url, origin, text, source_map, hints, blocks, layers, messages, stored_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
  ON CONFLICT (id) DO NOTHING RETURNING seq)${derivedRowsSql(16, 17, 18)}
  SELECT seq FROM d`;

/** Writes the derived rows of the document with seq $1 (after the old ones were deleted). */
export const INSERT_DERIVED_SQL = `WITH d AS (SELECT $1::bigint AS seq)${derivedRowsSql(2, 3, 4)} SELECT 1`;

export function insertDocumentParams(doc: Document): unknown[] {
  const p = documentParams(doc);
  const columns = ['id', 'uri', 'media_type', 'sha256', 'byte_length', 'encoding', 'url', 'origin', 'text', 'source_map', 'hints', 'blocks', 'layers', 'messages', 'stored_at'];
  const values = columns.map((c) => (c === 'text' ? Buffer.from(doc.text, 'utf8') : clean(p[c])));
  return [...values, ...derivedParams(doc)];
}

/** The JSON arrays for derivedRowsSql: articles, quotes, headlines. */
export function derivedParams(doc: Document): [string, string, string] {
  const articles = articleRows(doc).map((row) => ({
    id: row.id, document: row.document, ordinal: row.ordinal, span_start: row.start, span_end: row.end, title: row.title,
    date: row.date, outlet: row.outlet, outlet_key: row.outletKey, author: row.author, url: row.url,
    article: JSON.stringify(row.article), fts_title: row.title ?? '', body: row.body, search: searchVector(row.title ?? '', row.body),
  }));
  const quotes = quoteRows(doc).map((row) => ({
    id: row.id, document: row.document, article: row.article, ordinal: row.ordinal, span_start: row.start, span_end: row.end,
    text: row.text, kind: row.kind, speaker_name: row.speakerName, speaker_key: row.speakerKey, speaker_kind: row.speakerKind,
    confidence: row.confidence, rule: row.rule, title: row.title, date: row.date, outlet: row.outlet, outlet_key: row.outletKey,
  }));
  const json = (rows: unknown[]) => JSON.stringify(rows, (_key, value: unknown) => clean(value));
  return [json(articles), json(quotes), headlineRowsJson(doc)];
}

/** A documents row as pg returns it: the text as bytes (bytea), the rest as SQLite has it. */
export type PgDocumentRow = Omit<DocumentRow, 'text'> & { readonly text: Buffer };

export function pgRowToDocument(row: PgDocumentRow): Document {
  return rowToDocument({ ...row, text: row.text.toString('utf8') });
}

export const DOCUMENT_COLUMNS = 'seq, id, origin, text, source_map, hints, blocks, layers, messages';
