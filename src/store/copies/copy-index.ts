import type { CopyClusterSummary, CopyMember, CopyPair } from '../../core/copy.js';
import type { Article } from '../../core/article.js';

/** What the copy index keeps of one article: enough to find candidates and verify them without re-reading any text. */
export interface CopyIndexRow {
  readonly article: string;
  readonly document: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly words: number;
  /** The MinHash signature (kept so bands can be recomputed with other parameters). */
  readonly signature: Uint32Array;
  readonly bands: readonly number[];
  readonly paragraphHashes: readonly string[];
  /** The article's paragraphs (word hashes, spans, quote ranges) and credits, encoded by stages/duplicates/entry-bytes.ts. */
  readonly body: Uint8Array;
}

/** A stored entry as verification reads it back: the columns and the encoded body. */
export type StoredCopyEntry = Omit<CopyIndexRow, 'signature' | 'bands' | 'paragraphHashes'>;

/** Where a batch's band keys and paragraph hashes lead in the index, answered in one lookup. */
export interface CopyLookup {
  /** Per band key, the indexed articles holding it (keys no article holds are left out). */
  readonly bands: ReadonlyMap<number, readonly string[]>;
  /**
   * Per paragraph hash, how many indexed articles hold it, counted up to the lookup's cap, and
   * which when fewer than the cap (a hash held that often is boilerplate and proposes nothing).
   */
  readonly paragraphs: ReadonlyMap<string, { readonly count: number; readonly articles: readonly string[] }>;
}

/** A cluster member with its article's title and outlet, as the cluster listing needs them. */
export interface CopyMemberRow extends CopyMember {
  readonly title: string | null;
  readonly outlet: string | null;
}

export interface CopyPairQuery {
  readonly article?: string;
  readonly cluster?: string;
}

/** One batch of the copy index, written in one transaction with the watermark it reaches. */
export interface CopyIndexBatch {
  readonly rows: readonly CopyIndexRow[];
  readonly pairs: readonly CopyPair[];
  /** The document seq up to which every document is now indexed. */
  readonly watermark: number;
  /** Documents re-indexed in this batch (reprocessed since indexed): their earlier entries and pairs are removed first and their stale mark cleared. */
  readonly replaced?: readonly string[];
}

/** One copy pair as clustering needs it: the two articles, whether the copy is strong (not `partial`), and their dates. */
export interface CopyLink {
  readonly a: string;
  readonly b: string;
  readonly strong: boolean;
  readonly aDate: string | null;
  readonly bDate: string | null;
}

/** A backlog document as indexing reads it: its text and articles only; `stale` when it was indexed before and replaced since (reprocess). */
export interface CopyBacklogItem {
  readonly seq: number;
  readonly document: string;
  readonly text: string;
  readonly articles: readonly Article[];
  readonly stale: boolean;
}

/**
 * The copy index of a store (migrations 005 and 007): signatures and LSH band keys, paragraph hashes,
 * verified copy pairs and clusters. Incremental: documents stored after the watermark are the
 * backlog; indexing them never re-reads the rest of the corpus.
 */
export interface CopyIndex {
  /** Documents replaced since they were indexed, then documents stored after the watermark, in storage order, at most `limit`. */
  copyBacklog(limit: number): Promise<CopyBacklogItem[]>;
  /** The indexed articles holding these band keys and paragraph hashes; paragraph counts stop at `maxParagraphArticles`. */
  copyLookup(bands: readonly number[], paragraphHashes: readonly string[], maxParagraphArticles: number): Promise<CopyLookup>;
  /** The stored entries of these articles (those indexed; in no particular order). */
  copyEntries(articles: readonly string[]): Promise<StoredCopyEntry[]>;
  /** Writes a batch: an article indexed before is replaced (its band keys, paragraph hashes and body). */
  putCopyIndex(batch: CopyIndexBatch): Promise<void>;
  /** Every copy pair as clustering needs it (no pair is parsed). */
  copyLinks(): Promise<CopyLink[]>;
  /** Copy pairs, all or those of one article or cluster, in the order found. */
  copyPairs(query?: CopyPairQuery): Promise<CopyPair[]>;
  /** Replaces the cluster membership (recomputed from the pairs, not from text). */
  replaceCopyMembers(members: readonly CopyMember[]): Promise<void>;
  /** Cluster members, all or those of these articles. */
  copyMembers(articles?: readonly string[]): Promise<CopyMemberRow[]>;
  /** Number of indexed articles and the watermark. */
  copyIndexStats(): Promise<{ readonly articles: number; readonly pairs: number; readonly watermark: number }>;
}

export type { CopyClusterSummary };
