import type { NormalizedQuery } from '../article-query.js';
import { SNIPPET_MARKS } from '../store.js';
import { BM25_WEIGHTS } from '../search/weights.js';
import { ftsMatch } from './fts-match.js';
import { RANK_CANDIDATES } from '../search/rank-candidates.js';
import type { SearchNode } from '../search/search-query.js';
import { positiveTerms } from '../search/search-query.js';

const SNIPPET_TOKENS = 16;

const SUMMARY_COLUMNS = `a.id, a.document, d.uri, a.span_start AS start, a.span_end AS "end",
  a.title, a.date, a.outlet, a.author, a.url`;

/**
 * With a text query the FTS index must drive the join (CROSS JOIN fixes SQLite's loop order):
 * probing it per article, as the planner otherwise does when an outlet or date filter is
 * present, re-runs the full-text query for every row (600 ms instead of 20 on 10k articles).
 */
const FTS_FROM = 'articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid';
const WITH_DOCUMENT = 'JOIN documents d ON d.seq = a.document_seq';

export interface BuiltSql {
  readonly sql: string;
  readonly params: unknown[];
}

/** SELECT for listArticles without a text query: date then id. */
export function listSql(query: NormalizedQuery): BuiltSql {
  const { from, where, params } = filters(query);
  return { sql: `SELECT ${SUMMARY_COLUMNS} FROM ${from} ${WITH_DOCUMENT} ${where} ORDER BY a.date IS NULL, a.date, a.id LIMIT ? OFFSET ?`, params: [...params, query.limit ?? -1, query.offset] };
}

/**
 * SELECT for listArticles with a text query, in two parts: `ranked`, the RANK_CANDIDATES
 * (search/rank-candidates.ts) by bm25 then id, and `rest`, the other matches newest first, read
 * only by a page past the candidates. Candidates are found by walking the index newest first,
 * which FTS5 does without reading any row. Snippets and documents are made for the page only:
 * computed in one pass, SQLite would make a snippet for every match before sorting.
 */
export function searchSql(query: NormalizedQuery & { search: SearchNode }, part: 'ranked' | 'rest'): BuiltSql {
  const { candidates, params, match } = candidateSql(query);
  const rank = `bm25(articles_fts, ${BM25_WEIGHTS.title}, ${BM25_WEIGHTS.body})`;
  const snippet = `snippet(articles_fts, -1, ${lit(SNIPPET_MARKS.open)}, ${lit(SNIPPET_MARKS.close)}, ${lit(SNIPPET_MARKS.ellipsis)}, ${SNIPPET_TOKENS})`;
  const { from, where, params: matchParams } = filters(query);
  // The unary + keeps FTS5 from taking the IN list as rowid lookups (each one a new full-text
  // query); as a filter on the walk, bm25 is computed for candidates only.
  const page = part === 'ranked'
    ? `SELECT a.seq, ${rank} AS score, a.id FROM ${FTS_FROM} WHERE articles_fts MATCH ? AND +articles_fts.rowid IN candidate ORDER BY score, a.id LIMIT ? OFFSET ?`
    : `SELECT a.seq, NULL AS score, NULL AS id FROM ${from} ${where} AND +articles_fts.rowid NOT IN candidate ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?`;
  const sql = `${candidates}, page AS (${page})
    SELECT ${SUMMARY_COLUMNS}, ${snippet} AS snippet
    FROM page CROSS JOIN articles_fts ON articles_fts.rowid = page.seq CROSS JOIN articles a ON a.seq = page.seq ${WITH_DOCUMENT}
    WHERE articles_fts MATCH ? ORDER BY page.score, page.id, page.seq DESC`;
  const pageParams = part === 'ranked' ? [match] : matchParams;
  return { sql, params: [...params, ...pageParams, query.limit ?? -1, query.offset, match] };
}

/** How many candidates a text query ranks: fewer than RANK_CANDIDATES.newest means every match is one. */
export function candidateCountSql(query: NormalizedQuery & { search: SearchNode }): BuiltSql {
  const { candidates, params } = candidateSql(query);
  return { sql: `${candidates} SELECT count(*) AS n FROM candidate`, params };
}

function candidateSql(query: NormalizedQuery & { search: SearchNode }): { candidates: string; params: unknown[]; match: string } {
  const { from, where, params } = filters(query);
  const titled = filters(query, titleMatch(query.search));
  // Without filters the index alone is walked: joining articles costs as much as ranking.
  const walk = hasFilters(query) ? from : 'articles_fts';
  const candidates = `WITH candidate(seq) AS (
      SELECT * FROM (SELECT articles_fts.rowid FROM ${walk} ${where} ORDER BY articles_fts.rowid DESC LIMIT ${RANK_CANDIDATES.newest})
      UNION SELECT * FROM (SELECT articles_fts.rowid FROM ${walk} ${titled.where} ORDER BY articles_fts.rowid DESC LIMIT ${RANK_CANDIDATES.titled}))`;
  return { candidates, params: [...params, ...titled.params], match: params[0] as string };
}

/**
 * The query, restricted to matches with one of its words in the title (an FTS5 column filter).
 * A word, or words joined by OR, match whenever one is in the title, so the filter alone says it
 * and FTS5 reads only title positions (1.6 instead of 7 ms for "said" at 78k articles).
 */
function titleMatch(search: SearchNode): string {
  const inTitle = `{title} : (${positiveTerms(search).map(ftsMatch).join(' OR ')})`;
  const wordsOnly = search.kind === 'term' || (search.kind === 'or' && search.children.every((c) => c.kind === 'term'));
  return wordsOnly ? inTitle : `(${ftsMatch(search)}) AND ${inTitle}`;
}

/** With `atMost`, SQLite stops reading matches there (a LIMIT inside the count). */
export function countSql(query: NormalizedQuery, atMost?: number): BuiltSql {
  const { sql, params } = matchSql(query);
  if (atMost === undefined) return { sql: `SELECT count(*) AS n ${sql}`, params };
  return { sql: `SELECT count(*) AS n FROM (SELECT 1 ${sql} LIMIT ?)`, params: [...params, atMost] };
}

/** FROM and WHERE of the matching articles, for counting. */
function matchSql(query: NormalizedQuery): BuiltSql {
  // A bare text query counts index rows alone: every FTS row is one article (rowid = seq), and
  // joining each match to its article row costs 8x (82 ms instead of 10 for 50k matches of 100k).
  if (query.search && !hasFilters(query)) {
    return { sql: 'FROM articles_fts WHERE articles_fts MATCH ?', params: [ftsMatch(query.search)] };
  }
  const { from, where, params } = filters(query);
  return { sql: `FROM ${from} ${where}`, params };
}

function hasFilters(query: NormalizedQuery): boolean {
  return query.outletKey !== undefined || query.from !== undefined || query.to !== undefined || query.document !== undefined;
}

function filters(query: NormalizedQuery, match = query.search && ftsMatch(query.search)): { from: string; where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const from = query.search ? FTS_FROM : 'articles a';
  if (match) {
    clauses.push('articles_fts MATCH ?');
    params.push(match);
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
