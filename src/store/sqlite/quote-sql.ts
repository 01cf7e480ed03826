import type { NormalizedQuoteQuery } from '../quote-query.js';
import type { BuiltSql } from './article-sql.js';
import { CORRECTED_QUOTES } from './corrections-sql.js';
import { quoteTextFilter } from './quote-text-filter.js';

const QUOTE_COLUMNS = `q.id, q.article, q.document, d.uri, q.span_start AS start, q.span_end AS "end", q.text, q.kind,
  q.speaker_name AS speaker, q.speaker_kind AS speakerKind, q.title, q.date, q.outlet, q.confidence, q.rule, q.corrected`;

/**
 * The corrected view computes speaker_key, so `q.speaker_key = ?` alone scans every quote
 * (70 ms at 80k quotes). The seq list lets SQLite read the pipeline's rows for that name from
 * the quotes_speaker index, plus the corrected rows (renamed to it, perhaps); the equality on
 * the view then keeps only rows that still have that name after corrections.
 */
const SPEAKER_IS = 'q.speaker_key = ? AND (q.seq IN (SELECT seq FROM quotes WHERE speaker_key = ?) OR q.corrected)';

/** Quote order. The page is cut before documents are joined, so a text that hits 15k quotes reads 20 documents, not 15k. */
const ORDER = 'ORDER BY q.date IS NULL, q.date, q.document_seq, q.ordinal';

function filters(query: NormalizedQuoteQuery, textIndex: boolean): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => { clauses.push(clause); params.push(value); };
  if (query.speaker !== undefined) add("instr(q.speaker_key, ?) > 0", query.speaker);
  if (query.speakerIs !== undefined) { clauses.push(SPEAKER_IS); params.push(query.speakerIs, query.speakerIs); }
  if (query.speakerKind !== undefined) add('q.speaker_kind = ?', query.speakerKind);
  if (query.kind !== undefined) add('q.kind = ?', query.kind);
  if (query.outletKey !== undefined) add('q.outlet_key = ?', query.outletKey);
  if (query.from !== undefined) add('q.date >= ?', query.from);
  if (query.to !== undefined) add('q.date <= ?', query.to);
  if (query.text !== undefined) { const f = quoteTextFilter(query.text, textIndex); clauses.push(f.clause); params.push(...f.params); }
  if (query.article !== undefined) add('q.article = ?', query.article);
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function quoteListSql(query: NormalizedQuoteQuery, textIndex = false): BuiltSql {
  const { where, params } = filters(query, textIndex);
  return {
    sql: `SELECT ${QUOTE_COLUMNS} FROM (SELECT * FROM ${CORRECTED_QUOTES} q ${where} ${ORDER} LIMIT ? OFFSET ?) q
      JOIN documents d ON d.seq = q.document_seq ${ORDER}`,
    params: [...params, query.limit ?? -1, query.offset],
  };
}

/** With `atMost`, counting stops there. */
export function quoteCountSql(query: NormalizedQuoteQuery, textIndex = false, atMost?: number): BuiltSql {
  const { where, params } = filters(query, textIndex);
  if (atMost !== undefined) return { sql: `SELECT count(*) AS n FROM (SELECT 1 FROM ${CORRECTED_QUOTES} q ${where} LIMIT ?)`, params: [...params, atMost] };
  return { sql: `SELECT count(*) AS n FROM ${CORRECTED_QUOTES} q ${where}`, params };
}

/** One row per speaker (name compared case-insensitively, and kind), most quoted first. */
export function speakerListSql(query: NormalizedQuoteQuery, textIndex = false): BuiltSql {
  const { where, params } = filters(query, textIndex);
  const speakerWhere = where ? `${where} AND q.speaker_key IS NOT NULL` : 'WHERE q.speaker_key IS NOT NULL';
  return {
    sql: `SELECT min(q.speaker_name) AS name, q.speaker_kind AS kind, count(*) AS quotes, count(DISTINCT q.article) AS articles,
        json_group_array(DISTINCT q.outlet) FILTER (WHERE q.outlet IS NOT NULL) AS outlets, min(q.date) AS firstDate, max(q.date) AS lastDate
      FROM ${CORRECTED_QUOTES} q ${speakerWhere} GROUP BY q.speaker_key, q.speaker_kind ORDER BY quotes DESC, q.speaker_key LIMIT ? OFFSET ?`,
    params: [...params, query.limit ?? -1, query.offset],
  };
}
