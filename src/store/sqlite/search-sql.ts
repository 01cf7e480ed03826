import type { NormalizedQuery } from '../article-query.js';
import { SNIPPET_MARKS } from '../store.js';
import { BM25_WEIGHTS } from '../search/weights.js';
import { RANK_CANDIDATES } from '../search/rank-candidates.js';
import type { SearchNode } from '../search/search-query.js';
import { positiveTerms } from '../search/search-query.js';
import { articleFilters, SUMMARY_COLUMNS, WITH_DOCUMENT, type BuiltSql } from './article-sql.js';
import { ftsMatch } from './fts-match.js';

type TextQuery = NormalizedQuery & { readonly search: SearchNode };

const SNIPPET_TOKENS = 16;
/** Prefix lengths FTS5 indexes (migration 008). */
const INDEXED_PREFIXES: readonly number[] = [2, 3];
const RANK = `bm25(articles_fts, ${BM25_WEIGHTS.title}, ${BM25_WEIGHTS.body})`;
const SNIPPET = `snippet(articles_fts, -1, ${lit(SNIPPET_MARKS.open)}, ${lit(SNIPPET_MARKS.close)}, ${lit(SNIPPET_MARKS.ellipsis)}, ${SNIPPET_TOKENS})`;

/**
 * With a text query the FTS index must drive the join (CROSS JOIN fixes SQLite's loop order):
 * probing it per article, as the planner otherwise does when an outlet or date filter is
 * present, re-runs the full-text query for every row (600 ms instead of 20 on 10k articles).
 */
const FTS_FROM = 'articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid';

/**
 * Where a text query's matches are read and how its filters apply. An outlet or document is a
 * small set of articles: read once from its index into `allowed`, it filters the index walk
 * with a lookup (6 instead of 50 ms for "said" in one senator's 571 releases at 80k articles).
 * A date range is often most of the store, so those matches are joined to their rows instead
 * (building the set of 45k dates cost 22 ms; the join 2). No filter: the index alone.
 */
interface Scope {
  readonly with: string;
  readonly withParams: readonly unknown[];
  readonly from: string;
  /** Conditions after the MATCH, each starting with AND. */
  readonly and: string;
  readonly params: readonly unknown[];
}

function scope(query: NormalizedQuery): Scope {
  const { clauses, params } = articleFilters(query);
  if (query.outletKey !== undefined || query.document !== undefined) {
    return { with: `allowed AS MATERIALIZED (SELECT a.seq FROM articles a WHERE ${clauses.join(' AND ')})`, withParams: params, from: 'articles_fts', and: ' AND +articles_fts.rowid IN allowed', params: [] };
  }
  return { with: '', withParams: [], from: clauses.length > 0 ? FTS_FROM : 'articles_fts', and: clauses.map((c) => ` AND ${c}`).join(''), params };
}

const withClause = (...parts: string[]) => { const kept = parts.filter(Boolean); return kept.length > 0 ? `WITH ${kept.join(', ')}` : ''; };

/** Counts a text query's matches; every FTS row is one article (rowid = seq). */
export function searchCountSql(query: TextQuery, atMost?: number): BuiltSql {
  const s = scope(query);
  const matches = `FROM ${s.from} WHERE articles_fts MATCH ?${s.and}`;
  const params = [...s.withParams, ftsMatch(query.search), ...s.params];
  if (atMost === undefined) return { sql: `${withClause(s.with)} SELECT count(*) AS n ${matches}`, params };
  return { sql: `${withClause(s.with)} SELECT count(*) AS n FROM (SELECT 1 ${matches} LIMIT ?)`, params: [...params, atMost] };
}

/**
 * SELECT for listArticles with a text query, in two parts: `ranked`, the RANK_CANDIDATES
 * (search/rank-candidates.ts) by bm25 then id, and `rest`, the other matches newest first, read
 * only by a page past the candidates. Candidates are found by walking the index newest first,
 * which FTS5 does without reading any row. Snippets and documents are made for the page only:
 * computed in one pass, SQLite would make a snippet for every match before sorting.
 */
export function searchSql(query: TextQuery, part: 'ranked' | 'rest'): BuiltSql {
  const { sql: candidates, params, scope: s } = candidateSql(query);
  const match = ftsMatch(query.search);
  // The unary + keeps FTS5 from taking the IN list as rowid lookups (each one a new full-text
  // query); as a filter on the walk, bm25 is computed for candidates only.
  const page = part === 'ranked'
    ? `SELECT a.seq, ${RANK} AS score, a.id FROM ${FTS_FROM} WHERE articles_fts MATCH ? AND +articles_fts.rowid IN candidate ORDER BY score, a.id LIMIT ? OFFSET ?`
    : `SELECT articles_fts.rowid AS seq, NULL AS score, NULL AS id FROM ${s.from} WHERE articles_fts MATCH ?${s.and} AND +articles_fts.rowid NOT IN candidate ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?`;
  const sql = `${candidates}, page AS (${page})${snippets(query.search)}`;
  const pageParams = part === 'ranked' ? [match] : [match, ...s.params];
  return { sql, params: [...params, ...pageParams, query.limit ?? -1, query.offset, match] };
}

/**
 * The page's snippets. Each is made where FTS5 stands on the row, so the query is matched again:
 * for words and phrases one lookup per row is cheapest, but a prefix of four or more letters
 * not in the prefix index merges every word it starts again at each lookup (78 of 98 ms for
 * "invest*" at 104k articles); one walk over the page's rowid range merges once (28 ms in all).
 * An indexed prefix is one list, and a walk over it costs more than the lookups (21 against 13
 * ms for "ex*").
 */
function snippets(search: SearchNode): string {
  const order = 'ORDER BY page.score, page.id, page.seq DESC';
  const merges = positiveTerms(search).some((t) => t.prefix && !INDEXED_PREFIXES.includes(t.tokens.at(-1)!.length));
  if (!merges) {
    return ` SELECT ${SUMMARY_COLUMNS}, ${SNIPPET} AS snippet FROM page CROSS JOIN articles_fts ON articles_fts.rowid = page.seq
      CROSS JOIN articles a ON a.seq = page.seq ${WITH_DOCUMENT} WHERE articles_fts MATCH ? ${order}`;
  }
  return `, snip AS MATERIALIZED (SELECT articles_fts.rowid AS seq, ${SNIPPET} AS snippet FROM articles_fts WHERE articles_fts MATCH ?
      AND articles_fts.rowid BETWEEN (SELECT min(seq) FROM page) AND (SELECT max(seq) FROM page) AND +articles_fts.rowid IN (SELECT seq FROM page))
    SELECT ${SUMMARY_COLUMNS}, snip.snippet FROM page JOIN snip ON snip.seq = page.seq CROSS JOIN articles a ON a.seq = page.seq ${WITH_DOCUMENT} ${order}`;
}

/** How many candidates a text query ranks: fewer than RANK_CANDIDATES.newest means every match is one. */
export function candidateCountSql(query: TextQuery): BuiltSql {
  const { sql, params } = candidateSql(query);
  return { sql: `${sql} SELECT count(*) AS n FROM candidate`, params };
}

function candidateSql(query: TextQuery): { sql: string; params: unknown[]; scope: Scope } {
  const s = scope(query);
  const newest = `SELECT articles_fts.rowid FROM ${s.from} WHERE articles_fts MATCH ?${s.and} ORDER BY articles_fts.rowid DESC LIMIT ${RANK_CANDIDATES.newest}`;
  const titled = `SELECT articles_fts.rowid FROM ${s.from} WHERE articles_fts MATCH ?${s.and} ORDER BY articles_fts.rowid DESC LIMIT ${RANK_CANDIDATES.titled}`;
  const sql = withClause(s.with, `candidate(seq) AS (SELECT * FROM (${newest}) UNION SELECT * FROM (${titled}))`);
  return { sql, params: [...s.withParams, ftsMatch(query.search), ...s.params, titleMatch(query.search), ...s.params], scope: s };
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

function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
