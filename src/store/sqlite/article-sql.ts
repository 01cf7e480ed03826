import type { NormalizedQuery } from '../article-query.js';

export const SUMMARY_COLUMNS = `a.id, a.document, d.uri, a.span_start AS start, a.span_end AS "end",
  a.title, a.date, a.outlet, a.author, a.url`;
export const WITH_DOCUMENT = 'JOIN documents d ON d.seq = a.document_seq';

export interface BuiltSql {
  readonly sql: string;
  readonly params: unknown[];
}

/** SELECT for listArticles without a text query: date then id (a text query: search-sql.ts). */
export function listSql(query: NormalizedQuery): BuiltSql {
  const { where, params } = articleFilters(query);
  return { sql: `SELECT ${SUMMARY_COLUMNS} FROM articles a ${WITH_DOCUMENT} ${where} ORDER BY a.date IS NULL, a.date, a.id LIMIT ? OFFSET ?`, params: [...params, query.limit ?? -1, query.offset] };
}

/** Counts articles without a text query (with one: searchCountSql); `atMost` stops the count there. */
export function countSql(query: NormalizedQuery, atMost?: number): BuiltSql {
  const { where, params } = articleFilters(query);
  if (atMost === undefined) return { sql: `SELECT count(*) AS n FROM articles a ${where}`, params };
  return { sql: `SELECT count(*) AS n FROM (SELECT 1 FROM articles a ${where} LIMIT ?)`, params: [...params, atMost] };
}

/** The filters on the articles table (alias a): outlet, dates, document. */
export function articleFilters(query: NormalizedQuery): { clauses: string[]; where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (query.outletKey !== undefined) { clauses.push('a.outlet_key = ?'); params.push(query.outletKey); }
  if (query.from !== undefined) { clauses.push('a.date >= ?'); params.push(query.from); }
  if (query.to !== undefined) { clauses.push('a.date <= ?'); params.push(query.to); }
  if (query.document !== undefined) { clauses.push('a.document = ?'); params.push(query.document); }
  return { clauses, where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
