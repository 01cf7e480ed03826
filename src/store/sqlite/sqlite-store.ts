import type Database from 'better-sqlite3';
import type { Document } from '../../core/document.js';
import type { Article } from '../../core/article.js';
import { PresstrailError } from '../../core/errors.js';
import type { NormalizedQuery } from '../article-query.js';
import { checkCount, normalizeQuery } from '../article-query.js';
import { articleRows } from '../article-rows.js';
import type { ArticleQuery, ArticleSummary, PutResult, QuoteQuery, QuoteSummary, SourceRecord, SpeakerQuery, SpeakerSummary, Store, StoreStats, StoredArticle } from '../store.js';
import { normalizeQuoteQuery } from '../quote-query.js';
import { quoteRows } from '../quote-rows.js';
import { quoteCountSql, quoteListSql, speakerListSql } from './quote-sql.js';
import { QuoteTextPlan } from './quote-text-plan.js';
import { countSql, listSql } from './article-sql.js';
import { candidateCountSql, searchCountSql, searchSql } from './search-sql.js';
import { RANK_CANDIDATES } from '../search/rank-candidates.js';
import type { SearchNode } from '../search/search-query.js';
import type { SqliteStoreOptions } from './connect.js';
import { connect } from './connect.js';
import type { DocumentRow } from './document-row.js';
import { documentParams, rowToDocument } from './document-row.js';
import type { Statements } from './statements.js';
import { SqliteHeadlines } from './sqlite-headlines.js';
import type { HeadlineQuery, HeadlineSummary } from '../store.js';
import { prepareStatements } from './statements.js';
import { StatementCache } from './statement-cache.js';
import { SqliteEntities } from './entity-store.js';
import type { Entity } from '../../core/entity.js';
import type { EntityChanges, EntityMentionQuery, EntityMentionRow, EntityQuery } from '../entity-rows.js';
import type { Correction, CorrectionQuery, NewCorrection } from '../../core/correction.js';
import { correctedFlag } from '../correction-check.js';
import { SqliteCorrections } from './corrections-sql.js';
import { restoreSqliteCorrection } from './restore-correction.js';
import { SqliteCopyIndex } from './copy-index-sqlite.js';
import type { CopyMember } from '../../core/copy.js';
import type { CopyIndexBatch, CopyPairQuery } from '../copies/copy-index.js';
import { distinctQuotes, distinctSpeakers } from '../copies/distinct-quotes.js';

export type { SqliteStoreOptions } from './connect.js';

const EXPORT_BATCH = 200;

/**
 * Queries are parsed and quoted before they reach FTS5, so this is a safety net: should FTS5
 * still reject one, the user gets PT-E007 rather than a raw SQLite message.
 */
function searching<T>(query: ArticleQuery | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (query?.text === undefined || !/^(fts5:|unterminated string|unknown special query)/.test(message)) throw error;
    throw new PresstrailError('PT-E007', `Invalid search query "${query.text}": ${message}; search for plain words, or put the query in quotes.`, { cause: error });
  }
}

/**
 * The default store: one SQLite file (WAL mode) holding documents whole, an articles table
 * for filtering, and an FTS5 index for search. better-sqlite3 is synchronous; the methods are
 * async only to share the Store interface with networked backends.
 */
export class SqliteStore implements Store {
  private readonly stmts: Statements;
  private readonly entities: SqliteEntities;
  private readonly corrections: SqliteCorrections;
  private readonly headlines: SqliteHeadlines;
  private readonly copies: SqliteCopyIndex;
  private readonly statements: StatementCache;
  private readonly quoteText: QuoteTextPlan;

  private constructor(private readonly db: Database.Database) {
    this.stmts = prepareStatements(db);
    this.entities = new SqliteEntities(db);
    this.corrections = new SqliteCorrections(db);
    this.headlines = new SqliteHeadlines(db);
    this.copies = new SqliteCopyIndex(db);
    this.statements = new StatementCache(db);
    this.quoteText = new QuoteTextPlan(db);
  }

  /** Opens or creates the store at `path` (`:memory:` for a throwaway one). */
  static open(path: string, options?: SqliteStoreOptions): SqliteStore {
    return new SqliteStore(connect(path, options));
  }

  async putDocument(doc: Document): Promise<PutResult> {
    if (this.stmts.hasDocument.get(doc.id) !== undefined) return 'exists';
    return this.db.transaction(() => this.writeDocument(doc)).immediate();
  }

  async putDocuments(docs: readonly Document[]): Promise<PutResult[]> {
    return this.db.transaction(() => docs.map((doc) => this.writeDocument(doc))).immediate();
  }

  async replaceDocument(doc: Document): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const found = this.stmts.documentSeq.get(doc.id) as { seq: number } | undefined;
      if (!found) return false;
      for (const stmt of [this.stmts.deleteFts, this.stmts.deleteArticles, this.stmts.deleteQuotes]) stmt.run(found.seq);
      this.headlines.removeDocument(found.seq);
      this.entities.deleteRows(found.seq);
      this.copies.noteReplacement(doc, found.seq);
      this.stmts.updateLayers.run(JSON.stringify(doc.layers), JSON.stringify(doc.messages), found.seq);
      this.writeRows(doc, found.seq);
      return true;
    }).immediate();
  }

  /** Inside a transaction: the document row, then its derived rows. */
  private writeDocument(doc: Document): PutResult {
    const inserted = this.stmts.insertDocument.run(documentParams(doc));
    if (inserted.changes === 0) return 'exists';
    this.writeRows(doc, inserted.lastInsertRowid);
    return 'inserted';
  }

  /** Each article's row and full-text row, and each quote's row, for a stored document. */
  private writeRows(doc: Document, documentSeq: number | bigint): void {
    for (const row of articleRows(doc)) {
      const { lastInsertRowid } = this.stmts.insertArticle.run({
        id: row.id, document_seq: documentSeq, document: row.document, ordinal: row.ordinal,
        start: row.start, end: row.end, title: row.title, date: row.date, outlet: row.outlet,
        outlet_key: row.outletKey, author: row.author, url: row.url, article: JSON.stringify(row.article),
      });
      this.stmts.insertFts.run(lastInsertRowid, row.title ?? '', row.body);
    }
    for (const row of quoteRows(doc)) this.stmts.insertQuote.run({ ...row, document_seq: documentSeq });
    this.headlines.write(doc, documentSeq);
    this.entities.writeRows(doc, documentSeq);
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.stmts.hasDocument.get(id) !== undefined;
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = this.stmts.getDocument.get(id) as DocumentRow | undefined;
    return row ? rowToDocument(row) : null;
  }

  async putSource(source: SourceRecord): Promise<PutResult> {
    const info = this.stmts.insertSource.run(source.sha256, source.uri, source.mediaType, source.byteLength,
      JSON.stringify(source.documents), new Date().toISOString());
    return info.changes === 0 ? 'exists' : 'inserted';
  }

  async getSource(sha256: string): Promise<SourceRecord | null> {
    const row = this.stmts.getSource.get(sha256) as
      { sha256: string; uri: string; media_type: string; byte_length: number; documents: string } | undefined;
    if (!row) return null;
    return { sha256: row.sha256, uri: row.uri, mediaType: row.media_type, byteLength: row.byte_length, documents: JSON.parse(row.documents) as string[] };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.stmts.getArticle.get(id) as (DocumentRow & { article: string }) | undefined;
    return row ? { article: JSON.parse(row.article) as Article, document: rowToDocument(row) } : null;
  }

  async listArticles(query?: ArticleQuery): Promise<ArticleSummary[]> {
    const q = normalizeQuery(query);
    return searching(query, () => (q.search ? this.search({ ...q, search: q.search }) : this.all<ArticleSummary>(listSql(q))));
  }

  /** The ranked candidates; a page that runs past them goes on with the other matches, newest first. */
  private search(q: NormalizedQuery & { search: SearchNode }): ArticleSummary[] {
    const ranked = this.all<ArticleSummary>(searchSql(q, 'ranked'));
    if (q.limit !== undefined && ranked.length === q.limit) return ranked;
    const candidates = this.all<{ n: number }>(candidateCountSql(q))[0]!.n;
    if (candidates < RANK_CANDIDATES.newest) return ranked;
    const rest = { ...q, offset: Math.max(0, q.offset - candidates), ...(q.limit !== undefined ? { limit: q.limit - ranked.length } : {}) };
    return [...ranked, ...this.all<ArticleSummary>(searchSql(rest, 'rest'))];
  }

  private all<T>({ sql, params }: { sql: string; params: unknown[] }): T[] {
    return this.statements.get(sql).all(...params) as T[];
  }

  async countArticles(query?: ArticleQuery, atMost?: number): Promise<number> {
    const q = normalizeQuery(query);
    const cap = atMost === undefined ? undefined : checkCount('atMost', atMost);
    const { sql, params } = q.search ? searchCountSql({ ...q, search: q.search }, cap) : countSql(q, cap);
    return searching(query, () => (this.statements.get(sql).get(...params) as { n: number }).n);
  }

  async listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]> {
    if (query?.distinct) return distinctQuotes(this, query);
    const q = normalizeQuoteQuery(query);
    const { sql, params } = quoteListSql(q, this.quoteText.useIndex(q.text, { sorted: true, ...(q.limit !== undefined ? { rows: q.limit + q.offset } : {}) }));
    return (this.statements.get(sql).all(...params) as QuoteSummary[]).map(correctedFlag);
  }

  async countQuotes(query?: QuoteQuery, atMost?: number): Promise<number> {
    const cap = atMost === undefined ? undefined : checkCount('atMost', atMost);
    if (query?.distinct) return Math.min((await distinctQuotes(this, { ...query, limit: undefined, offset: undefined })).length, cap ?? Infinity);
    const q = normalizeQuoteQuery(query);
    const { sql, params } = quoteCountSql(q, this.quoteText.useIndex(q.text, { sorted: false, ...(cap !== undefined ? { rows: cap } : {}) }), cap);
    return (this.statements.get(sql).get(...params) as { n: number }).n;
  }

  async listSpeakers(query?: SpeakerQuery): Promise<SpeakerSummary[]> {
    if (query?.distinct) return distinctSpeakers(this, query);
    const q = normalizeQuoteQuery(query);
    const { sql, params } = speakerListSql(q, this.quoteText.useIndex(q.text, { sorted: true }));
    return (this.statements.get(sql).all(...params) as Array<SpeakerSummary & { outlets: string }>).map((r) => ({ ...r, outlets: JSON.parse(r.outlets) as string[] }));
  }

  async addCorrection(correction: NewCorrection): Promise<Correction> {
    return this.corrections.add(correction);
  }

  async undoCorrection(id: string): Promise<boolean> {
    return this.corrections.undo(id);
  }

  async listCorrections(query?: CorrectionQuery): Promise<Correction[]> {
    return this.corrections.list(query);
  }

  async importCorrection(correction: Correction): Promise<PutResult> {
    return restoreSqliteCorrection(this.db, correction);
  }

  async listHeadlines(query?: HeadlineQuery): Promise<HeadlineSummary[]> {
    return this.headlines.list(query);
  }

  async countHeadlines(query?: HeadlineQuery): Promise<number> {
    return this.headlines.count(query);
  }

  /** Reads in keyset batches rather than holding a cursor, so callers may use the store while iterating. */
  async *sourceRecords(): AsyncIterable<SourceRecord> {
    type Row = { sha256: string; uri: string; media_type: string; byte_length: number; documents: string };
    let after = '';
    for (;;) {
      const rows = this.stmts.sourcesAfter.all(after, EXPORT_BATCH) as Row[];
      for (const r of rows) yield { sha256: r.sha256, uri: r.uri, mediaType: r.media_type, byteLength: r.byte_length, documents: JSON.parse(r.documents) as string[] };
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1]!.sha256;
    }
  }

  async *documents(): AsyncIterable<Document> {
    let after = 0;
    for (;;) {
      const rows = this.stmts.documentsAfter.all(after, EXPORT_BATCH) as DocumentRow[];
      for (const row of rows) yield rowToDocument(row);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async stats(): Promise<StoreStats> {
    const counts = this.stmts.counts.get() as Omit<StoreStats, 'outlets' | 'mediaTypes'>;
    return {
      ...counts,
      outlets: this.stmts.outlets.all() as StoreStats['outlets'],
      mediaTypes: this.stmts.mediaTypes.all() as StoreStats['mediaTypes'],
    };
  }


  // The copy index (migrations 005 and 007), kept in its own module.
  copyBacklog(limit: number) { return this.copies.copyBacklog(limit); }
  copyLookup(bands: readonly number[], hashes: readonly string[], max: number) { return this.copies.copyLookup(bands, hashes, max); }
  copyEntries(articles: readonly string[]) { return this.copies.copyEntries(articles); }
  copyLinks() { return this.copies.copyLinks(); }
  putCopyIndex(batch: CopyIndexBatch) { return this.copies.putCopyIndex(batch); }
  copyPairs(query?: CopyPairQuery) { return this.copies.copyPairs(query); }
  replaceCopyMembers(members: readonly CopyMember[]) { return this.copies.replaceCopyMembers(members); }
  copyMembers(articles?: readonly string[]) { return this.copies.copyMembers(articles); }
  copyIndexStats() { return this.copies.copyIndexStats(); }
  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async listEntityMentions(query?: EntityMentionQuery): Promise<EntityMentionRow[]> {
    return this.entities.listMentions(query);
  }

  async writeEntities(changes: EntityChanges): Promise<void> {
    this.entities.write(changes);
  }

  async listEntities(query?: EntityQuery): Promise<Entity[]> {
    return this.entities.list(query);
  }

  async getEntity(id: string): Promise<Entity | null> {
    return this.entities.get(id);
  }
}
