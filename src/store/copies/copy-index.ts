import type { CopyClusterSummary, CopyMember, CopyPair } from '../../core/copy.js';
import type { Document } from '../../core/document.js';

/** What the copy index keeps of one article: enough to find candidates without re-reading any text. */
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
}

/** An indexed article that shares band keys or paragraph hashes with the one asked about. */
export interface CopyCandidate {
  readonly article: string;
  readonly bands: number;
  readonly paragraphs: number;
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
}

/**
 * The copy index of a store (migration 004): signatures and LSH band keys, paragraph hashes,
 * verified copy pairs and clusters. Incremental: documents stored after the watermark are the
 * backlog; indexing them never re-reads the rest of the corpus.
 */
export interface CopyIndex {
  /** Documents stored after the watermark, in storage order, at most `limit`. */
  copyBacklog(limit: number): Promise<Array<{ readonly seq: number; readonly document: Document }>>;
  /** Indexed articles sharing any of these band keys or paragraph hashes (hashes held by `maxParagraphArticles` articles or more are ignored). */
  copyCandidates(bands: readonly number[], paragraphHashes: readonly string[], maxParagraphArticles: number): Promise<CopyCandidate[]>;
  /** How many indexed articles hold each paragraph hash. */
  paragraphArticleCounts(paragraphHashes: readonly string[]): Promise<Map<string, number>>;
  putCopyIndex(batch: CopyIndexBatch): Promise<void>;
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
