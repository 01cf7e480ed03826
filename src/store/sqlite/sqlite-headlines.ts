import type Database from 'better-sqlite3';
import type { Document } from '../../core/document.js';
import { headlineSummary, normalizeHeadlineQuery, type NormalizedHeadlineQuery } from '../headline-query.js';
import { headlineParams, headlineRows } from '../headline-rows.js';
import type { HeadlineQuery, HeadlineSummary } from '../store.js';

const COLUMNS = `h.article, h.document, d.uri, h.span_start AS start, h.span_end AS "end", h.headline, h.verdict, h.claims, h.unsupported, h.date, h.outlet`;

function filters(q: NormalizedHeadlineQuery): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => { clauses.push(clause); params.push(...values); };
  if (q.verdict !== undefined) add('h.verdict = ?', q.verdict);
  if (q.attributed) add('h.verdict <> ?', 'no attribution');
  if (q.outletKey !== undefined) add('h.outlet_key = ?', q.outletKey);
  if (q.from !== undefined) add('h.date >= ?', q.from);
  if (q.to !== undefined) add('h.date <= ?', q.to);
  if (q.articles !== undefined) add(`h.article IN (SELECT value FROM json_each(?))`, JSON.stringify(q.articles));
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The headlines table of a SqliteStore: rows written inside the store's document transactions. */
export class SqliteHeadlines {
  private readonly insert: Database.Statement;
  private readonly remove: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO headlines (document_seq, article, document, span_start, span_end, headline, verdict, claims, unsupported, title, date, outlet, outlet_key)
      VALUES (@document_seq, @article, @document, @span_start, @span_end, @headline, @verdict, @claims, @unsupported, @title, @date, @outlet, @outlet_key)`);
    this.remove = db.prepare('DELETE FROM headlines WHERE document_seq = ?');
  }

  /** Inside the caller's transaction. */
  write(doc: Document, documentSeq: number | bigint): void {
    for (const row of headlineRows(doc)) this.insert.run({ ...headlineParams(row), document_seq: documentSeq });
  }

  /** Inside the caller's transaction. */
  removeDocument(documentSeq: number | bigint): void {
    this.remove.run(documentSeq);
  }

  list(query?: HeadlineQuery): HeadlineSummary[] {
    const q = normalizeHeadlineQuery(query);
    const { where, params } = filters(q);
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM headlines h JOIN documents d ON d.seq = h.document_seq ${where}
      ORDER BY h.date IS NULL, h.date, h.article LIMIT ? OFFSET ?`).all(...params, q.limit ?? -1, q.offset);
    return (rows as Parameters<typeof headlineSummary>[0][]).map(headlineSummary);
  }

  count(query?: HeadlineQuery): number {
    const { where, params } = filters(normalizeHeadlineQuery(query));
    return (this.db.prepare(`SELECT count(*) AS n FROM headlines h ${where}`).get(...params) as { n: number }).n;
  }
}
