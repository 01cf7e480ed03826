/**
 * The baseline for bench/api: a SqliteStore whose article search and speaker lookups run the SQL
 * of main before the apiperf branch (c96b76e), and whose quote text filter scans every quote as
 * before migration 009, on a second read-only connection to the same file,
 * so the old and new code are measured in one run on one machine load. Everything else is the
 * store's own. Kept here, not in src/, because no user should reach it.
 */
import Database from 'better-sqlite3';
import { normalizeQuery } from '../../src/store/article-query.js';
import { BM25_WEIGHTS } from '../../src/store/search/weights.js';
import { correctedFlag } from '../../src/store/correction-check.js';
import { normalizeQuoteQuery } from '../../src/store/quote-query.js';
import { CORRECTED_QUOTES } from '../../src/store/sqlite/corrections-sql.js';
import { ftsMatch } from '../../src/store/sqlite/fts-match.js';
import { SNIPPET_MARKS } from '../../src/store/store.js';
import type { ArticleQuery, ArticleSummary, QuoteQuery, QuoteSummary, SpeakerQuery, SpeakerSummary, Store } from '../../src/store/store.js';

const SUMMARY_COLUMNS = `a.id, a.document, d.uri, a.span_start AS start, a.span_end AS "end", a.title, a.date, a.outlet, a.author, a.url`;
const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;

function oldFilters(query: ReturnType<typeof normalizeQuery>): { from: string; where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (query.search) { clauses.push('articles_fts MATCH ?'); params.push(ftsMatch(query.search)); }
  if (query.outletKey !== undefined) { clauses.push('a.outlet_key = ?'); params.push(query.outletKey); }
  if (query.from !== undefined) { clauses.push('a.date >= ?'); params.push(query.from); }
  if (query.to !== undefined) { clauses.push('a.date <= ?'); params.push(query.to); }
  const from = query.search ? 'articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid' : 'articles a';
  return { from, where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The old listSql: bm25 for every match, then the page; snippets for the page only. */
function oldList(query: ReturnType<typeof normalizeQuery>): [string, unknown[]] {
  const { from, where, params } = oldFilters(query);
  const rank = `bm25(articles_fts, ${BM25_WEIGHTS.title}, ${BM25_WEIGHTS.body})`;
  const snippet = `snippet(articles_fts, -1, ${lit(SNIPPET_MARKS.open)}, ${lit(SNIPPET_MARKS.close)}, ${lit(SNIPPET_MARKS.ellipsis)}, 16)`;
  return [`WITH page AS (SELECT a.seq, ${rank} AS score, a.id FROM ${from} ${where} ORDER BY score, a.id LIMIT ? OFFSET ?)
    SELECT ${SUMMARY_COLUMNS}, ${snippet} AS snippet
    FROM page CROSS JOIN articles_fts ON articles_fts.rowid = page.seq CROSS JOIN articles a ON a.seq = page.seq JOIN documents d ON d.seq = a.document_seq
    WHERE articles_fts MATCH ? ORDER BY page.score, page.id`, [...params, query.limit ?? -1, query.offset, params[0]]];
}

/** The old countSql: every match counted. */
function oldCount(query: ReturnType<typeof normalizeQuery>): [string, unknown[]] {
  if (query.search && query.outletKey === undefined && query.from === undefined && query.to === undefined) {
    return ['SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?', [ftsMatch(query.search)]];
  }
  const { from, where, params } = oldFilters(query);
  return [`SELECT count(*) AS n FROM ${from} ${where}`, params];
}

const QUOTE_COLUMNS = `q.id, q.article, q.document, d.uri, q.span_start AS start, q.span_end AS "end", q.text, q.kind,
  q.speaker_name AS speaker, q.speaker_kind AS speakerKind, q.title, q.date, q.outlet, q.confidence, q.rule, q.corrected`;

/** The quote text filter before migration 009: `instr` on every quote. Only a text-only query (the search page's) is sent this way. */
function oldQuoteText(db: Database.Database, query: QuoteQuery | undefined, count: boolean): unknown {
  const q = normalizeQuoteQuery(query);
  const where = `WHERE instr(lower(q.text), ?) > 0`;
  if (count) return (db.prepare(`SELECT count(*) AS n FROM ${CORRECTED_QUOTES} q ${where}`).get(q.text) as { n: number }).n;
  const rows = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM ${CORRECTED_QUOTES} q JOIN documents d ON d.seq = q.document_seq ${where}
    ORDER BY q.date IS NULL, q.date, q.document_seq, q.ordinal LIMIT ? OFFSET ?`).all(q.text, q.limit ?? -1, q.offset) as QuoteSummary[];
  return rows.map(correctedFlag);
}

const textOnly = (query: QuoteQuery | undefined) => query?.text !== undefined && query.text.trim() !== ''
  && Object.entries(query).every(([k, v]) => v === undefined || ['text', 'limit', 'offset'].includes(k));

/**
 * `store` with the old search and the old speaker page's reads: a speaker's page asked for
 * quotes and speakers by name part (an `instr` scan of every quote), so an exact-name request
 * is sent as a name-part one, which is what the old code did.
 */
export function baselineStore(store: Store, path: string): Store {
  const db = new Database(path, { readonly: true });
  const text = (query: ArticleQuery | undefined) => query?.text !== undefined && query.text.trim() !== '';
  const byPart = <Q extends QuoteQuery>(query: Q | undefined): Q | undefined => (query?.speakerIs !== undefined ? { ...query, speaker: query.speakerIs, speakerIs: undefined } : query);
  return Object.assign(Object.create(store) as Store, {
    async listArticles(query?: ArticleQuery): Promise<ArticleSummary[]> {
      if (!text(query)) return store.listArticles(query);
      const [sql, params] = oldList(normalizeQuery(query));
      return db.prepare(sql).all(...params) as ArticleSummary[];
    },
    async countArticles(query?: ArticleQuery): Promise<number> {
      if (!text(query)) return store.countArticles(query);
      const [sql, params] = oldCount(normalizeQuery(query));
      return (db.prepare(sql).get(...params) as { n: number }).n;
    },
    async listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]> {
      return textOnly(query) ? oldQuoteText(db, query, false) as QuoteSummary[] : store.listQuotes(byPart(query));
    },
    async countQuotes(query?: QuoteQuery): Promise<number> {
      return textOnly(query) ? oldQuoteText(db, query, true) as number : store.countQuotes(byPart(query));
    },
    listSpeakers: (query?: SpeakerQuery): Promise<SpeakerSummary[]> => store.listSpeakers(byPart(query)),
    async close(): Promise<void> { db.close(); },
  });
}
