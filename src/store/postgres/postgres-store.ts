import type pg from 'pg';
import type { Article } from '../../core/article.js';
import type { Document } from '../../core/document.js';
import { PresstrailError } from '../../core/errors.js';
import type { NormalizedQuery } from '../article-query.js';
import { checkCount, normalizeQuery } from '../article-query.js';
import { RANK_CANDIDATES } from '../search/rank-candidates.js';
import type { SearchNode } from '../search/search-query.js';
import { normalizeQuoteQuery } from '../quote-query.js';
import type { ArticleQuery, ArticleSummary, PutResult, QuoteQuery, QuoteSummary, SourceRecord, SpeakerQuery, SpeakerSummary, Store, StoreStats, StoredArticle } from '../store.js';
import type { BuiltSql } from './article-sql.js';
import { candidateCountSql, countSql, listSql, searchSql } from './article-sql.js';
import type { PostgresStoreOptions } from './connect.js';
import { connect, describeTarget, openError } from './connect.js';
import type { PgDocumentRow } from './document-rows.js';
import { INSERT_DERIVED_SQL, INSERT_DOCUMENT_SQL, derivedParams, insertDocumentParams, pgRowToDocument } from './document-rows.js';
import { migrate } from './migrate.js';
import { quoteCountSql, quoteListSql, speakerListSql } from './quote-sql.js';
import { withIndexPlan } from './search-plan.js';
import { SQL } from './statements.js';
import type { Entity } from '../../core/entity.js';
import type { EntityChanges, EntityMentionQuery, EntityMentionRow, EntityQuery } from '../entity-rows.js';
import * as entitySql from './entity-store.js';
import type { Correction, CorrectionQuery, NewCorrection } from '../../core/correction.js';
import { correctedFlag } from '../correction-check.js';
import { PgCorrections } from './corrections-sql.js';
import { restorePgCorrection } from './restore-correction.js';
import { DELETE_HEADLINES_SQL, headlineCountSql, headlineListSql } from './headline-sql.js';
import { headlineSummary, normalizeHeadlineQuery } from '../headline-query.js';
import type { HeadlineQuery, HeadlineSummary } from '../store.js';
import { PgCopyIndex } from './copy-index-pg.js';
import type { CopyMember } from '../../core/copy.js';
import type { CopyIndexBatch, CopyPairQuery } from '../copies/copy-index.js';
import { distinctQuotes, distinctSpeakers } from '../copies/distinct-quotes.js';

export type { PostgresStoreOptions } from './connect.js';

const EXPORT_BATCH = 200;

/**
 * Queries are parsed and written as quoted lexemes before they reach PostgreSQL, so this is a
 * safety net: should the server still reject one, the user gets PT-E007, not a raw error.
 */
async function searching<T>(query: ArticleQuery | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (query?.text === undefined || !/tsquery/.test(message)) throw error;
    throw new PresstrailError('PT-E007', `Invalid search query "${query.text}": ${message}; search for plain words, or put the query in quotes.`, { cause: error });
  }
}

/**
 * A store in a PostgreSQL database (or one schema of it), shared by any number of processes.
 * Same tables, ids and behaviour as SqliteStore; full-text search is a tsvector with a GIN
 * index. A single document is written by one statement (one implicit transaction, one round
 * trip); a batch and a replacement each run in one explicit transaction.
 */
export class PostgresStore implements Store {
  private closed = false;
  private readonly copies: PgCopyIndex;

  private readonly corrections: PgCorrections;

  private constructor(private readonly pool: pg.Pool) {
    this.corrections = new PgCorrections(pool);
    this.copies = new PgCopyIndex(pool, (body) => this.transaction(body));
  }

  /** Connects to `url` (postgres://user:password@host:port/database) and applies migrations. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = await connect(url, options);
    const where = `${describeTarget(url)}${options.schema !== undefined ? ` (schema ${options.schema})` : ''}`;
    const client = await pool.connect();
    try {
      await migrate(client, where, options.schema);
    } catch (error) {
      client.release();
      await pool.end();
      throw openError(url, error);
    }
    client.release();
    return new PostgresStore(pool);
  }

  async putDocument(doc: Document): Promise<PutResult> {
    // A document with name mentions writes them too, so it needs a transaction; one without stays one statement.
    if (entitySql.mentionRowsParam(doc) !== null) return (await this.putDocuments([doc]))[0]!;
    const { rowCount } = await this.pool.query({ name: 'insert-document', text: INSERT_DOCUMENT_SQL, values: insertDocumentParams(doc) });
    return rowCount === 1 ? 'inserted' : 'exists';
  }

  async putDocuments(docs: readonly Document[]): Promise<PutResult[]> {
    return this.transaction(async (client) => {
      const results: PutResult[] = [];
      for (const doc of docs) {
        const { rowCount } = await client.query({ name: 'insert-document', text: INSERT_DOCUMENT_SQL, values: insertDocumentParams(doc) });
        results.push(rowCount === 1 ? 'inserted' : 'exists');
        if (rowCount === 1) await entitySql.insertMentionRows(client, doc.id, entitySql.mentionRowsParam(doc));
      }
      return results;
    });
  }

  async replaceDocument(doc: Document): Promise<boolean> {
    return this.transaction(async (client) => {
      const found = await client.query<{ seq: string }>(SQL.lockDocument, [doc.id]);
      const seq = found.rows[0]?.seq;
      if (seq === undefined) return false;
      await client.query(SQL.deleteArticles, [seq]);
      await client.query(SQL.deleteQuotes, [seq]);
      await client.query(DELETE_HEADLINES_SQL, [seq]);
      await this.copies.noteReplacement(client, doc, seq);
      await client.query(SQL.updateLayers, [JSON.stringify(doc.layers), JSON.stringify(doc.messages), seq]);
      await client.query(INSERT_DERIVED_SQL, [seq, ...derivedParams(doc)]);
      await entitySql.deleteMentionRows(client, seq);
      await entitySql.insertMentionRows(client, doc.id, entitySql.mentionRowsParam(doc));
      return true;
    });
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.pool.query(SQL.hasDocument, [id])).rowCount === 1;
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = (await this.pool.query<PgDocumentRow>(SQL.getDocument, [id])).rows[0];
    return row ? pgRowToDocument(row) : null;
  }

  async putSource(source: SourceRecord): Promise<PutResult> {
    const { rowCount } = await this.pool.query(SQL.insertSource,
      [source.sha256, source.uri, source.mediaType, source.byteLength, JSON.stringify(source.documents)]);
    return rowCount === 0 ? 'exists' : 'inserted';
  }

  async getSource(sha256: string): Promise<SourceRecord | null> {
    type Row = { sha256: string; uri: string; media_type: string; byte_length: number; documents: string };
    const row = (await this.pool.query<Row>(SQL.getSource, [sha256])).rows[0];
    if (!row) return null;
    return { sha256: row.sha256, uri: row.uri, mediaType: row.media_type, byteLength: row.byte_length, documents: JSON.parse(row.documents) as string[] };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = (await this.pool.query<PgDocumentRow & { article: string }>(SQL.getArticle, [id])).rows[0];
    return row ? { article: JSON.parse(row.article) as Article, document: pgRowToDocument(row) } : null;
  }

  async listArticles(query?: ArticleQuery): Promise<ArticleSummary[]> {
    const q = normalizeQuery(query);
    const rows = await searching(query, () => (q.search ? this.search(query, { ...q, search: q.search }) : this.rows<ArticleSummary & { snippet?: string | null }>(listSql(q))));
    // Without a text query SQLite's rows have no snippet key at all; keep that shape.
    return rows.map(({ snippet, ...summary }) => (typeof snippet === 'string' ? { ...summary, snippet } : summary));
  }

  /** The ranked candidates; a page that runs past them goes on with the other matches, newest first. */
  private async search(query: ArticleQuery | undefined, q: NormalizedQuery & { search: SearchNode }): Promise<Array<ArticleSummary & { snippet?: string | null }>> {
    const ranked = await this.searchRows<ArticleSummary>(query, searchSql(q, 'ranked'));
    if (q.limit !== undefined && ranked.length === q.limit) return ranked;
    const candidates = (await this.searchRows<{ n: number }>(query, candidateCountSql(q)))[0]!.n;
    if (candidates < RANK_CANDIDATES.newest) return ranked;
    const rest = { ...q, offset: Math.max(0, q.offset - candidates), ...(q.limit !== undefined ? { limit: q.limit - ranked.length } : {}) };
    return [...ranked, ...await this.searchRows<ArticleSummary>(query, searchSql(rest, 'rest'))];
  }

  async countArticles(query?: ArticleQuery, atMost?: number): Promise<number> {
    const sql = countSql(normalizeQuery(query), atMost === undefined ? undefined : checkCount('atMost', atMost));
    return searching(query, async () => (await this.searchRows<{ n: number }>(query, sql))[0]!.n);
  }

  async listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]> {
    if (query?.distinct) return distinctQuotes(this, query);
    return (await this.rows<QuoteSummary>(quoteListSql(normalizeQuoteQuery(query)))).map(correctedFlag);
  }

  async countQuotes(query?: QuoteQuery, atMost?: number): Promise<number> {
    const cap = atMost === undefined ? undefined : checkCount('atMost', atMost);
    if (query?.distinct) return Math.min((await distinctQuotes(this, { ...query, limit: undefined, offset: undefined })).length, cap ?? Infinity);
    return (await this.rows<{ n: number }>(quoteCountSql(normalizeQuoteQuery(query), cap)))[0]!.n;
  }

  async listSpeakers(query?: SpeakerQuery): Promise<SpeakerSummary[]> {
    if (query?.distinct) return distinctSpeakers(this, query);
    return this.rows<SpeakerSummary>(speakerListSql(normalizeQuoteQuery(query)));
  }

  async *sourceRecords(): AsyncIterable<SourceRecord> {
    type Row = { sha256: string; uri: string; media_type: string; byte_length: number; documents: string };
    let after = '';
    for (;;) {
      const { rows } = await this.pool.query<Row>(SQL.sourcesAfter, [after, EXPORT_BATCH]);
      for (const r of rows) yield { sha256: r.sha256, uri: r.uri, mediaType: r.media_type, byteLength: r.byte_length, documents: JSON.parse(r.documents) as string[] };
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1]!.sha256;
    }
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
    return this.transaction((client) => restorePgCorrection(client, correction));
  }

  async listHeadlines(query?: HeadlineQuery): Promise<HeadlineSummary[]> {
    return (await this.rows<Parameters<typeof headlineSummary>[0]>(headlineListSql(normalizeHeadlineQuery(query)))).map(headlineSummary);
  }

  async countHeadlines(query?: HeadlineQuery): Promise<number> {
    return (await this.rows<{ n: number }>(headlineCountSql(normalizeHeadlineQuery(query))))[0]!.n;
  }

  /** Reads in keyset batches rather than holding a cursor, so callers may use the store while iterating. */
  async *documents(): AsyncIterable<Document> {
    let after = '0';
    for (;;) {
      const { rows } = await this.pool.query<PgDocumentRow & { seq: string }>(SQL.documentsAfter, [after, EXPORT_BATCH]);
      for (const row of rows) yield pgRowToDocument(row);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async stats(): Promise<StoreStats> {
    const [counts, outlets, mediaTypes] = await Promise.all([
      this.pool.query<Omit<StoreStats, 'outlets' | 'mediaTypes'>>(SQL.counts),
      this.pool.query<StoreStats['outlets'][number]>(SQL.outlets),
      this.pool.query<StoreStats['mediaTypes'][number]>(SQL.mediaTypes),
    ]);
    return { ...counts.rows[0]!, outlets: outlets.rows, mediaTypes: mediaTypes.rows };
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
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  async listEntityMentions(query?: EntityMentionQuery): Promise<EntityMentionRow[]> {
    return entitySql.listMentions(this.pool, query);
  }

  async writeEntities(changes: EntityChanges): Promise<void> {
    await this.transaction((client) => entitySql.writeEntities(client, changes));
  }

  async listEntities(query?: EntityQuery): Promise<Entity[]> {
    return entitySql.listEntities(this.pool, query);
  }

  async getEntity(id: string): Promise<Entity | null> {
    return entitySql.getEntity(this.pool, id);
  }

  /** A text query takes the GIN index (see search-plan.ts); others are planned as usual. */
  private async searchRows<T extends pg.QueryResultRow>(query: ArticleQuery | undefined, sql: BuiltSql): Promise<T[]> {
    return query?.text !== undefined && query.text.trim() !== '' ? withIndexPlan<T>(this.pool, sql) : this.rows<T>(sql);
  }

  private async rows<T extends pg.QueryResultRow>(sql: BuiltSql): Promise<T[]> {
    return (await this.pool.query<T>(sql.text, sql.values)).rows;
  }

  /** Runs `body` in one transaction on one connection; a connection that failed mid-way is discarded. */
  private async transaction<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: Error) => { broken = rollback; });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
