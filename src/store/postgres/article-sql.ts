import type { NormalizedQuery } from '../article-query.js';
import { SNIPPET_MARKS } from '../store.js';
import { BM25_WEIGHTS } from '../search/weights.js';
import { titleTsQuery, tsQuery } from './search-query-sql.js';
import { RANK_CANDIDATES } from '../search/rank-candidates.js';
import type { SearchNode } from '../search/search-query.js';

const SUMMARY_COLUMNS = `a.id, a.document, d.uri, a.span_start AS start, a.span_end AS "end",
  a.title, a.date, a.outlet, a.author, a.url`;
const WITH_DOCUMENT = 'JOIN documents d ON d.seq = a.document_seq';

/**
 * ts_rank_cd weights are {D, C, B, A}: titles are A, bodies B, in the same ratio as the
 * bm25 weights SQLite uses. Normalization 1 divides by 1 + log(length), so a long article
 * does not win on size alone (bm25 normalizes by length too).
 */
const RANK = `ts_rank_cd('{0, 0, ${BM25_WEIGHTS.body / BM25_WEIGHTS.title}, 1}', f.search, $1::tsquery, 1)`;

/**
 * About 16 words around the best match, marked like SQLite's snippet(). One whole-text
 * headline rather than MaxFragments=1: the fragment search costs twice as much (1.1 against
 * 0.6 ms an article of 3.6 KB), and the cut is not marked with an ellipsis either way.
 */
export const HEADLINE_OPTIONS = [`StartSel="${SNIPPET_MARKS.open}"`, `StopSel="${SNIPPET_MARKS.close}"`, 'MaxWords=16', 'MinWords=8', 'ShortWord=0'].join(', ');

export interface BuiltSql {
  readonly text: string;
  readonly values: unknown[];
}

/** SELECT for listArticles without a text query: date then id. */
export function listSql(query: NormalizedQuery): BuiltSql {
  const { from, where, values } = filters(query);
  const page = `LIMIT $${values.push(query.limit ?? null)} OFFSET $${values.push(query.offset)}`;
  return { text: `SELECT ${SUMMARY_COLUMNS} FROM ${from} ${WITH_DOCUMENT} ${where} ORDER BY a.date IS NULL, a.date, a.id ${page}`, values };
}

/**
 * SELECT for listArticles with a text query, in two parts as in SQLite: `ranked`, the
 * RANK_CANDIDATES (search/rank-candidates.ts) best first, then id; `rest`, the other matches
 * newest first, for a page past the candidates. ts_headline runs for the page only: it re-reads
 * the whole text, so running it for every match costs most.
 */
export function searchSql(query: NormalizedQuery & { search: SearchNode }, part: 'ranked' | 'rest'): BuiltSql {
  const { candidates, from, where, values } = candidateSql(query);
  const page = `LIMIT $${values.push(query.limit ?? null)} OFFSET $${values.push(query.offset)}`;
  const ranked = part === 'ranked'
    ? `SELECT a.seq, ${RANK} AS score, a.id FROM articles_fts f JOIN articles a ON a.seq = f.seq WHERE f.seq IN (SELECT seq FROM candidate) ORDER BY score DESC, a.id ${page}`
    : `SELECT a.seq, NULL::real AS score, NULL::text AS id FROM ${from} ${where} AND f.seq NOT IN (SELECT seq FROM candidate) ORDER BY a.seq DESC ${page}`;
  const options = `$${values.push(HEADLINE_OPTIONS)}`;
  const text = `${candidates}, page AS (${ranked})
    SELECT ${SUMMARY_COLUMNS}, ts_headline('simple', f.title || E'\n' || f.body, $1::tsquery, ${options}) AS snippet
    FROM page JOIN articles a ON a.seq = page.seq JOIN articles_fts f ON f.seq = page.seq ${WITH_DOCUMENT}
    ORDER BY page.score DESC NULLS LAST, page.id, page.seq DESC`;
  return { text, values };
}

/** How many candidates a text query ranks: fewer than RANK_CANDIDATES.newest means every match is one. */
export function candidateCountSql(query: NormalizedQuery & { search: SearchNode }): BuiltSql {
  const { candidates, values } = candidateSql(query);
  return { text: `${candidates} SELECT count(*)::integer AS n FROM candidate`, values };
}

/** The newest matches and the newest with a query word in the title (weight A), by the index. */
function candidateSql(query: NormalizedQuery & { search: SearchNode }): { candidates: string; from: string; where: string; values: unknown[] } {
  const { from, where, values } = filters(query);
  const titled = `$${values.push(titleTsQuery(query.search))}::tsquery`;
  const candidates = `WITH candidate AS ((SELECT f.seq FROM ${from} ${where} ORDER BY f.seq DESC LIMIT ${RANK_CANDIDATES.newest})
    UNION (SELECT f.seq FROM ${from} ${where} AND f.search @@ ${titled} ORDER BY f.seq DESC LIMIT ${RANK_CANDIDATES.titled}))`;
  return { candidates, from, where, values };
}

/** With `atMost`, PostgreSQL stops reading matches there (a LIMIT inside the count). */
export function countSql(query: NormalizedQuery, atMost?: number): BuiltSql {
  const { from, where, values } = filters(query);
  if (atMost === undefined) return { text: `SELECT count(*)::integer AS n FROM ${from} ${where}`, values };
  return { text: `SELECT count(*)::integer AS n FROM (SELECT 1 FROM ${from} ${where} LIMIT $${values.push(atMost)}) AS capped`, values };
}

/** The text query, when there is one, is always $1. */
function filters(query: NormalizedQuery): { from: string; where: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => clauses.push(clause(`$${values.push(value)}`));
  if (query.search) add((n) => `f.search @@ ${n}::tsquery`, tsQuery(query.search));
  if (query.outletKey !== undefined) add((n) => `a.outlet_key = ${n}`, query.outletKey);
  if (query.from !== undefined) add((n) => `a.date >= ${n}`, query.from);
  if (query.to !== undefined) add((n) => `a.date <= ${n}`, query.to);
  if (query.document !== undefined) add((n) => `a.document = ${n}`, query.document);
  const from = query.search ? 'articles_fts f JOIN articles a ON a.seq = f.seq' : 'articles a';
  return { from, where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', values };
}
