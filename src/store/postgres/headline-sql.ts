import type { Document } from '../../core/document.js';
import type { NormalizedHeadlineQuery } from '../headline-query.js';
import { headlineParams, headlineRows } from '../headline-rows.js';
import type { BuiltSql } from './article-sql.js';

const COLUMNS = `h.article, h.document, d.uri, h.span_start AS start, h.span_end AS "end", h.headline, h.verdict, h.claims, h.unsupported, h.date, h.outlet`;
const RECORD = `article text, document text, span_start integer, span_end integer, headline text, verdict text, claims text,
  unsupported text, title text, date text, outlet text, outlet_key text`;
const INSERT_COLUMNS = 'article, document, span_start, span_end, headline, verdict, claims, unsupported, title, date, outlet, outlet_key';

/** The CTE that writes a document's headline rows, given a CTE `d` with its seq and the rows as JSON in parameter `$param`. */
export function headlineRowsCte(param: number): string {
  return `, hl AS (INSERT INTO headlines (document_seq, ${INSERT_COLUMNS})
    SELECT d.seq, ${INSERT_COLUMNS} FROM d, json_to_recordset($${param}::json) AS hr(${RECORD}))`;
}

export function headlineRowsJson(doc: Document): string {
  return JSON.stringify(headlineRows(doc).map(headlineParams), (_key, value: unknown) => (typeof value === 'string' && value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value));
}

export const DELETE_HEADLINES_SQL = 'DELETE FROM headlines WHERE document_seq = $1';

function filters(q: NormalizedHeadlineQuery): { where: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => { values.push(value); clauses.push(clause(`$${values.length}`)); };
  if (q.verdict !== undefined) add((n) => `h.verdict = ${n}`, q.verdict);
  if (q.attributed) add((n) => `h.verdict <> ${n}`, 'no attribution');
  if (q.outletKey !== undefined) add((n) => `h.outlet_key = ${n}`, q.outletKey);
  if (q.from !== undefined) add((n) => `h.date >= ${n}`, q.from);
  if (q.to !== undefined) add((n) => `h.date <= ${n}`, q.to);
  if (q.articles !== undefined) add((n) => `h.article = ANY(${n}::text[])`, q.articles);
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', values };
}

export function headlineListSql(q: NormalizedHeadlineQuery): BuiltSql {
  const { where, values } = filters(q);
  const n = values.length;
  return {
    text: `SELECT ${COLUMNS} FROM headlines h JOIN documents d ON d.seq = h.document_seq ${where}
      ORDER BY h.date IS NULL, h.date, h.article LIMIT $${n + 1} OFFSET $${n + 2}`,
    values: [...values, q.limit ?? null, q.offset],
  };
}

export function headlineCountSql(q: NormalizedHeadlineQuery): BuiltSql {
  const { where, values } = filters(q);
  return { text: `SELECT count(*)::integer AS n FROM headlines h ${where}`, values };
}
