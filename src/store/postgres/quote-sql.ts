import type { NormalizedQuoteQuery } from '../quote-query.js';
import type { BuiltSql } from './article-sql.js';
import { CORRECTED_QUOTES } from './corrections-sql.js';

const QUOTE_COLUMNS = `q.id, q.article, q.document, d.uri, q.span_start AS start, q.span_end AS "end", q.text, q.kind,
  q.speaker_name AS speaker, q.speaker_kind AS "speakerKind", q.title, q.date, q.outlet, q.confidence, q.rule, q.corrected`;

/** A LIKE pattern for "contains `text`": its %, _ and backslash are taken as themselves. The quotes_text_trgm index (migration 009) serves it. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The same filters as SQLite's. lower() under the "C" collation folds ASCII only, like
 * SQLite's lower(), so a text filter matches the same quotes in both.
 */
function filters(query: NormalizedQuoteQuery): { where: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => clauses.push(clause(`$${values.push(value)}`));
  if (query.speaker !== undefined) add((n) => `strpos(q.speaker_key, ${n}) > 0`, query.speaker);
  // As in SQLite: the corrected view computes speaker_key, so the index is reached through seq.
  if (query.speakerIs !== undefined) add((n) => `q.speaker_key = ${n} AND (q.seq IN (SELECT seq FROM quotes WHERE speaker_key = ${n}) OR q.corrected)`, query.speakerIs);
  if (query.speakerKind !== undefined) add((n) => `q.speaker_kind = ${n}`, query.speakerKind);
  if (query.kind !== undefined) add((n) => `q.kind = ${n}`, query.kind);
  if (query.outletKey !== undefined) add((n) => `q.outlet_key = ${n}`, query.outletKey);
  if (query.from !== undefined) add((n) => `q.date >= ${n}`, query.from);
  if (query.to !== undefined) add((n) => `q.date <= ${n}`, query.to);
  if (query.text !== undefined) add((n) => `lower(q.text COLLATE "C") LIKE ${n}`, containsPattern(query.text));
  if (query.article !== undefined) add((n) => `q.article = ${n}`, query.article);
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', values };
}

function page(query: NormalizedQuoteQuery, values: unknown[]): string {
  return `LIMIT $${values.push(query.limit ?? null)} OFFSET $${values.push(query.offset)}`;
}

export function quoteListSql(query: NormalizedQuoteQuery): BuiltSql {
  const { where, values } = filters(query);
  const text = `SELECT ${QUOTE_COLUMNS} FROM ${CORRECTED_QUOTES} q JOIN documents d ON d.seq = q.document_seq ${where}
    ORDER BY q.date IS NULL, q.date, q.document_seq, q.ordinal ${page(query, values)}`;
  return { text, values };
}

/** With `atMost`, counting stops there. */
export function quoteCountSql(query: NormalizedQuoteQuery, atMost?: number): BuiltSql {
  const { where, values } = filters(query);
  if (atMost !== undefined) return { text: `SELECT count(*)::integer AS n FROM (SELECT 1 FROM ${CORRECTED_QUOTES} q ${where} LIMIT $${values.push(atMost)}) capped`, values };
  return { text: `SELECT count(*)::integer AS n FROM ${CORRECTED_QUOTES} q ${where}`, values };
}

/** One row per speaker (name compared case-insensitively, and kind), most quoted first. */
export function speakerListSql(query: NormalizedQuoteQuery): BuiltSql {
  const { where, values } = filters(query);
  const speakerWhere = where ? `${where} AND q.speaker_key IS NOT NULL` : 'WHERE q.speaker_key IS NOT NULL';
  const text = `SELECT min(q.speaker_name) AS name, q.speaker_kind AS kind, count(*)::integer AS quotes,
      count(DISTINCT q.article)::integer AS articles,
      coalesce(array_agg(DISTINCT q.outlet) FILTER (WHERE q.outlet IS NOT NULL), '{}') AS outlets,
      min(q.date) AS "firstDate", max(q.date) AS "lastDate"
    FROM ${CORRECTED_QUOTES} q ${speakerWhere} GROUP BY q.speaker_key, q.speaker_kind
    ORDER BY count(*) DESC, q.speaker_key, q.speaker_kind ${page(query, values)}`;
  return { text, values };
}
