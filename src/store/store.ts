import type { Article } from '../core/article.js';
import type { Document } from '../core/document.js';
import type { Correction, CorrectionQuery, NewCorrection } from '../core/correction.js';
import type { QuoteKind, SpeakerKind } from '../core/quote.js';
import type { HeadlineVerdict } from '../core/headline.js';
import type { HeadlineRow } from './headline-rows.js';
import type { CopyIndex } from './copies/copy-index.js';
import type { Entity } from '../core/entity.js';
import type { EntityChanges, EntityMentionQuery, EntityMentionRow, EntityQuery } from './entity-rows.js';

/** Filters for listing articles. Dates are YYYY-MM-DD, inclusive. */
export interface ArticleQuery {
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  /** Full-text query over title and body (FTS5 syntax subset: words, "phrases", OR, NOT, prefix*). */
  readonly text?: string;
  readonly document?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ArticleSummary {
  readonly id: string;
  readonly document: string;
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly url: string | null;
  /** For full-text queries: a short excerpt around the match. */
  readonly snippet?: string;
}

export interface StoredArticle {
  readonly article: Article;
  readonly document: Document;
}

/** Filters for listing quotes. `speaker` matches part of the speaker's name, case-insensitively. */
export interface QuoteQuery {
  /** Part of the speaker's name (case-insensitive). */
  readonly speaker?: string;
  /** Exactly this speaker name, case and spacing aside (a speaker's page; read through an index). */
  readonly speakerIs?: string;
  readonly speakerKind?: SpeakerKind;
  readonly kind?: QuoteKind;
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  /** Words that must occur in the quote (case-insensitive substring). */
  readonly text?: string;
  readonly article?: string;
  readonly limit?: number;
  readonly offset?: number;
  /** Count a quote once per copy cluster: the same words by the same speaker in copies of one article are one quote. */
  readonly distinct?: boolean;
}

export interface QuoteSummary {
  readonly id: string;
  readonly article: string;
  readonly document: string;
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speaker: string | null;
  readonly speakerKind: SpeakerKind | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly confidence: number;
  readonly rule: string;
  /** True when a user's correction changed this quote's speaker (absent otherwise). */
  readonly corrected?: boolean;
}

/** Who is quoted, how often and where. One row per speaker name and kind. */
export interface SpeakerSummary {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly quotes: number;
  readonly articles: number;
  readonly outlets: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export type SpeakerQuery = Pick<QuoteQuery, 'speaker' | 'speakerIs' | 'speakerKind' | 'outlet' | 'from' | 'to' | 'limit' | 'offset' | 'distinct'>;

/** One input file (or URL) that was ingested completely, with the documents it produced. */
export interface SourceRecord {
  readonly sha256: string;
  readonly uri: string;
  readonly mediaType: string;
  readonly byteLength: number;
  readonly documents: readonly string[];
}

export interface StoreStats {
  readonly documents: number;
  readonly articles: number;
  readonly sources: number;
  readonly outlets: ReadonlyArray<{ readonly outlet: string; readonly articles: number }>;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly mediaTypes: ReadonlyArray<{ readonly mediaType: string; readonly documents: number }>;
}

export type PutResult = 'inserted' | 'exists';

/**
 * The one storage interface. Every method is async so a networked backend (PostgreSQL) can
 * implement it without changing callers. Writes are per document and atomic: a document is
 * stored with all its layers and articles, or not at all. Storing a document whose id (content
 * hash) is already present changes nothing and returns 'exists'.
 */
export interface Store extends HeadlineStore, CopyIndex {
  putDocument(doc: Document): Promise<PutResult>;
  /**
   * Stores several documents in one transaction (much faster for bulk ingest): each document is
   * still stored whole or not at all, and the batch commits together. Results are in input order;
   * a document repeated within the batch is 'exists' the second time.
   */
  putDocuments(docs: readonly Document[]): Promise<PutResult[]>;
  /**
   * Replaces a stored document's layers and messages (after re-running the pipeline) and
   * re-derives its article, search and quote rows, in one transaction. The text and origin
   * never change (they are what the id is a hash of). Returns false for an unknown id.
   */
  replaceDocument(doc: Document): Promise<boolean>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<Document | null>;
  /** Marks a whole input as done, after all its documents were stored. */
  putSource(source: SourceRecord): Promise<PutResult>;
  getSource(sha256: string): Promise<SourceRecord | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  /**
   * How many articles match. With `atMost`, counting stops there and the answer is
   * min(matches, atMost): search as you type asks for "1,000+" rather than counting 50,000 matches.
   */
  countArticles(query?: ArticleQuery, atMost?: number): Promise<number>;
  /** Quotes in article date order, then position. */
  listQuotes(query?: QuoteQuery): Promise<QuoteSummary[]>;
  /** How many quotes match; with `atMost`, min(matches, atMost), as countArticles (the search page's quote column asks for "1,000+"). */
  countQuotes(query?: QuoteQuery, atMost?: number): Promise<number>;
  /** Speakers, most quoted first. */
  listSpeakers(query?: SpeakerQuery): Promise<SpeakerSummary[]>;
  /**
   * Stores a user's correction (see src/core/correction.ts). Quote corrections take effect at
   * once in listQuotes/countQuotes/listSpeakers (a rejected quote is no longer listed; a changed
   * speaker is listed under its new name with `corrected: true`) and survive replaceDocument.
   */
  addCorrection(correction: NewCorrection): Promise<Correction>;
  /** Marks a correction undone (kept in the history). False for an unknown or already undone id. */
  undoCorrection(id: string): Promise<boolean>;
  /** Corrections oldest first. */
  listCorrections(query?: CorrectionQuery): Promise<Correction[]>;
  /**
   * Stores a correction exactly as it was exported (its id, times and undone state), for
   * `presstrail import`; corrections added later get the ids that follow. 'exists' when a
   * correction with that id is stored already (the stored one is kept).
   */
  importCorrection(correction: Correction): Promise<PutResult>;
  /** All documents in insertion order, for export. */
  documents(): AsyncIterable<Document>;
  /** Every source record in sha256 order, for export (read in batches, so the store may be written meanwhile). */
  sourceRecords(): AsyncIterable<SourceRecord>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
  /** Name mentions of stored documents (derived from their mentions, roles and quotes layers), in document then position order. */
  listEntityMentions(query?: EntityMentionQuery): Promise<EntityMentionRow[]>;
  /** Writes what the entities step computed (entities, removals, mention assignments) in one transaction. */
  writeEntities(changes: EntityChanges): Promise<void>;
  /** Entities, most mentioned first; filter by kind and by part of a name or alias. */
  listEntities(query?: EntityQuery): Promise<Entity[]>;
  getEntity(id: string): Promise<Entity | null>;
}

/**
 * How `ArticleSummary.snippet` marks matched words, and what stands for cut text. A consumer
 * that renders HTML escapes the snippet first, then replaces the marks.
 */
export const SNIPPET_MARKS = { open: '«', close: '»', ellipsis: '…' } as const;

/**
 * Filters for listing headline checks (issue 7). `verdict` is the article's summary verdict (its
 * least supported claim); `articles` asks for the checks of these article ids (a listing's badges).
 */
export interface HeadlineQuery {
  readonly verdict?: HeadlineVerdict;
  /** Only headlines that attribute something (verdict other than `no attribution`). */
  readonly attributed?: boolean;
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  readonly articles?: readonly string[];
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * One checked headline: the article's verdict and each claim as the export writes it, with the
 * quoted headline words found nowhere in the body (`unsupported`) and the input's URI.
 */
export type HeadlineSummary = Omit<HeadlineRow, 'title' | 'outletKey'> & { readonly uri: string };

/**
 * Headline checks and their counts by verdict. Implemented by every store from the `headlines`
 * layer; kept as its own interface so the Store interface grows by one `extends`.
 */
export interface HeadlineStore {
  /** Checks in article date order, then article id. */
  listHeadlines(query?: HeadlineQuery): Promise<HeadlineSummary[]>;
  countHeadlines(query?: HeadlineQuery): Promise<number>;
}
