import type { Article } from '../../core/article.js';
import type { Document } from '../../core/document.js';
import type { NormalizedQuery } from '../article-query.js';
import { checkCount, normalizeQuery } from '../article-query.js';
import type { ArticleRow } from '../article-rows.js';
import { articleRows } from '../article-rows.js';
import type { ArticleQuery, ArticleSummary, PutResult, QuoteQuery, QuoteSummary, SourceRecord, SpeakerQuery, SpeakerSummary, Store, StoreStats, StoredArticle } from '../store.js';
import { quoteRows } from '../quote-rows.js';
import { MemoryQuotes } from './memory-quotes.js';
import { MemoryHeadlines } from './memory-headlines.js';
import { headlineRows } from '../headline-rows.js';
import type { HeadlineQuery, HeadlineSummary } from '../store.js';
import { BM25_WEIGHTS } from '../search/weights.js';
import type { SearchColumn } from './memory-search.js';
import { bm25Scorer, matches, rankedMatches, searchColumn, snippet } from './memory-search.js';
import { memoryStats } from './memory-stats.js';
import { MemoryEntities } from './memory-entities.js';
import type { Entity } from '../../core/entity.js';
import type { EntityChanges, EntityMentionQuery, EntityMentionRow, EntityQuery } from '../entity-rows.js';
import type { Correction, CorrectionQuery, NewCorrection } from '../../core/correction.js';
import { MemoryCopies } from './memory-copies.js';
import type { CopyMember } from '../../core/copy.js';
import type { CopyIndexBatch, CopyPairQuery } from '../copies/copy-index.js';
import { distinctQuotes, distinctSpeakers } from '../copies/distinct-quotes.js';

interface Entry {
  readonly row: ArticleRow;
  readonly uri: string;
  readonly columns: readonly SearchColumn[];
}

/**
 * A store in process memory, for tests and one-off runs. Documents are kept as JSON text and
 * parsed on every read, so no caller can change stored data through a returned object.
 */
export class MemoryStore implements Store {
  private readonly docs = new Map<string, string>();
  private readonly mediaTypes = new Map<string, string>();
  private readonly sources = new Map<string, string>();
  private articles: Entry[] = [];
  private readonly quotes = new MemoryQuotes();
  private readonly headlines = new MemoryHeadlines();
  /** Insertion order of each document, as SQLite's seq. */
  private readonly seqs = new Map<string, number>();
  private readonly articleIndex = new Map<string, Entry>();
  private readonly copies = new MemoryCopies((after, limit) => [...this.docs].map(([id, json], ) => ({ seq: this.seqs.get(id)! + 1, json }))
    .filter((d) => d.seq > after).slice(0, limit).map(({ seq, json }) => ({ seq, document: JSON.parse(json) as Document })),
  (id) => { const json = this.docs.get(id); return json === undefined ? null : { seq: this.seqs.get(id)! + 1, document: JSON.parse(json) as Document }; });
  private readonly entities = new MemoryEntities();

  async putDocuments(docs: readonly Document[]): Promise<PutResult[]> {
    const results: PutResult[] = [];
    for (const doc of docs) results.push(await this.putDocument(doc));
    return results;
  }

  async putDocument(doc: Document): Promise<PutResult> {
    if (this.docs.has(doc.id)) return 'exists';
    const json = JSON.stringify(doc);
    this.docs.set(doc.id, json);
    this.seqs.set(doc.id, this.seqs.size);
    this.mediaTypes.set(doc.id, doc.origin.mediaType);
    this.index(JSON.parse(json) as Document);
    this.entities.add(doc);
    return 'inserted';
  }

  async replaceDocument(doc: Document): Promise<boolean> {
    const old = this.docs.get(doc.id);
    if (old === undefined) return false;
    const json = JSON.stringify({ ...(JSON.parse(old) as Document), layers: doc.layers, messages: doc.messages });
    this.articles = this.articles.filter((e) => e.row.document !== doc.id);
    for (const [id, entry] of this.articleIndex) if (entry.row.document === doc.id) this.articleIndex.delete(id);
    this.quotes.removeDocument(doc.id);
    this.headlines.removeDocument(doc.id);
    this.docs.set(doc.id, json);
    this.index(JSON.parse(json) as Document);
    this.entities.replace(JSON.parse(json) as Document);
    this.copies.noteReplacement(JSON.parse(old) as Document, doc, this.seqs.get(doc.id)! + 1);
    return true;
  }

  /** Derived rows of a stored document: articles for listing and search, quotes. */
  private index(stored: Document): void {
    const entries = articleRows(stored).map((row) => ({
      row,
      uri: stored.origin.uri,
      columns: [searchColumn(row.title ?? '', BM25_WEIGHTS.title), searchColumn(row.body, BM25_WEIGHTS.body)],
    }));
    for (const entry of entries) { this.articles.push(entry); this.articleIndex.set(entry.row.id, entry); }
    this.quotes.add(quoteRows(stored), stored.origin.uri, this.seqs.get(stored.id)!);
    this.headlines.add(headlineRows(stored), stored.origin.uri);
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.docs.has(id);
  }

  async getDocument(id: string): Promise<Document | null> {
    const json = this.docs.get(id);
    return json === undefined ? null : (JSON.parse(json) as Document);
  }

  async putSource(source: SourceRecord): Promise<PutResult> {
    if (this.sources.has(source.sha256)) return 'exists';
    const { sha256, uri, mediaType, byteLength, documents } = source;
    this.sources.set(sha256, JSON.stringify({ sha256, uri, mediaType, byteLength, documents }));
    return 'inserted';
  }

  async getSource(sha256: string): Promise<SourceRecord | null> {
    const json = this.sources.get(sha256);
    return json === undefined ? null : (JSON.parse(json) as SourceRecord);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const entry = this.articleIndex.get(id);
    if (!entry) return null;
    return { article: JSON.parse(JSON.stringify(entry.row.article)) as Article, document: (await this.getDocument(entry.row.document))! };
  }

  async listArticles(query?: ArticleQuery): Promise<ArticleSummary[]> {
    const q = normalizeQuery(query);
    const found = this.filter(q);
    const page = (list: Entry[]) => list.slice(q.offset, q.limit === undefined ? undefined : q.offset + q.limit);
    const search = q.search;
    if (!search) return page(found.sort(byDateThenId)).map((e) => summary(e));
    const score = bm25Scorer(search, this.articles.map((e) => e.columns));
    return page(rankedMatches(search, found, (e) => score(e.columns), compareIds)).map((e) => summary(e, snippet(search, e.columns)));
  }

  async countArticles(query?: ArticleQuery, atMost?: number): Promise<number> {
    const n = this.filter(normalizeQuery(query)).length;
    return atMost === undefined ? n : Math.min(n, checkCount('atMost', atMost));
  }

  async listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]> {
    if (query?.distinct) return distinctQuotes(this, query);
    return this.quotes.list(query);
  }

  async countQuotes(query?: QuoteQuery, atMost?: number): Promise<number> {
    const n = query?.distinct ? (await distinctQuotes(this, { ...query, limit: undefined, offset: undefined })).length : this.quotes.count(query);
    return atMost === undefined ? n : Math.min(n, checkCount('atMost', atMost));
  }

  async listSpeakers(query?: SpeakerQuery): Promise<SpeakerSummary[]> {
    if (query?.distinct) return distinctSpeakers(this, query);
    return this.quotes.speakers(query);
  }

  async addCorrection(correction: NewCorrection): Promise<Correction> {
    return this.quotes.corrections.add(correction, this.quotes.rows());
  }

  async undoCorrection(id: string): Promise<boolean> {
    return this.quotes.corrections.undo(id);
  }

  async listCorrections(query?: CorrectionQuery): Promise<Correction[]> {
    return this.quotes.corrections.list(query);
  }

  async importCorrection(correction: Correction): Promise<PutResult> {
    return this.quotes.corrections.restore(correction);
  }

  async listHeadlines(query?: HeadlineQuery): Promise<HeadlineSummary[]> {
    return this.headlines.list(query);
  }

  async countHeadlines(query?: HeadlineQuery): Promise<number> {
    return this.headlines.count(query);
  }

  async *documents(): AsyncIterable<Document> {
    for (const json of [...this.docs.values()]) yield JSON.parse(json) as Document;
  }

  async *sourceRecords(): AsyncIterable<SourceRecord> {
    const keys = [...this.sources.keys()].sort();
    for (const key of keys) yield JSON.parse(this.sources.get(key)!) as SourceRecord;
  }

  async stats(): Promise<StoreStats> {
    return memoryStats(this.articles.map((e) => e.row), [...this.mediaTypes.values()], this.sources.size);
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
  async close(): Promise<void> {}

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

  private filter(q: NormalizedQuery): Entry[] {
    return this.articles.filter(({ row, columns }) =>
      (q.outletKey === undefined || row.outletKey === q.outletKey) &&
      (q.from === undefined || (row.date !== null && row.date >= q.from)) &&
      (q.to === undefined || (row.date !== null && row.date <= q.to)) &&
      (q.document === undefined || row.document === q.document) &&
      (q.search === undefined || matches(q.search, columns)));
  }
}

function summary({ row, uri }: Entry, snippetText?: string): ArticleSummary {
  const { id, document, start, end, title, date, outlet, author, url } = row;
  return { id, document, uri, start, end, title, date, outlet, author, url, ...(snippetText !== undefined ? { snippet: snippetText } : {}) };
}

/** The SQLite order: dated articles first by date, then by id (byte order, as SQLite compares). */
function byDateThenId(a: Entry, b: Entry): number {
  const x = a.row.date;
  const y = b.row.date;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return compareIds(a, b);
}

function compareIds(a: Entry, b: Entry): number {
  return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
}
