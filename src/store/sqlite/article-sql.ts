import type { NormalizedQuery } from '../article-query.js';
import { SNIPPET_MARKS } from '../store.js';
import { BM25_WEIGHTS } from '../search/weights.js';
import { ftsMatch } from './fts-match.js';

const SNIPPET_TOKENS = 16;

const SUMMARY_COLUMNS = `a.id, a.document, d.uri, a.span_start AS start, a.span_end AS "end",
  a.title, a.date, a.outlet, a.author, a.url`;

export interface BuiltSql {
  readonly sql: string;
  readonly params: unknown[];
}

/** SELECT for listArticles: bm25 order with a snippet for text queries, else date then id. */
export function listSql(query: NormalizedQuery): BuiltSql {
  const { from, where, params } = filters(query);
  const snippet = `snippet(articles_fts, -1, ${lit(SNIPPET_MARKS.open)}, ${lit(SNIPPET_MARKS.close)}, ${lit(SNIPPET_MARKS.ellipsis)}, ${SNIPPET_TOKENS}) AS snippet`;
  const columns = query.search ? `${SUMMARY_COLUMNS}, ${snippet}` : SUMMARY_COLUMNS;
  const order = query.search
    ? `bm25(articles_fts, ${BM25_WEIGHTS.title}, ${BM25_WEIGHTS.body}), a.id`
    : 'a.date IS NULL, a.date, a.id';
  const sql = `SELECT ${columns} FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`;
  return { sql, params: [...params, query.limit ?? -1, query.offset] };
}

export function countSql(query: NormalizedQuery): BuiltSql {
  const { from, where, params } = filters(query);
  return { sql: `SELECT count(*) AS n FROM ${from} ${where}`, params };
}

function filters(query: NormalizedQuery): { from: string; where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const joined = 'articles a JOIN documents d ON d.seq = a.document_seq';
  const from = query.search ? `${joined} JOIN articles_fts ON articles_fts.rowid = a.seq` : joined;
  if (query.search) {
    clauses.push('articles_fts MATCH ?');
    params.push(ftsMatch(query.search));
  }
  if (query.outletKey !== undefined) { clauses.push('a.outlet_key = ?'); params.push(query.outletKey); }
  if (query.from !== undefined) { clauses.push('a.date >= ?'); params.push(query.from); }
  if (query.to !== undefined) { clauses.push('a.date <= ?'); params.push(query.to); }
  if (query.document !== undefined) { clauses.push('a.document = ?'); params.push(query.document); }
  return { from, where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
