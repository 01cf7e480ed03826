/**
 * Copies: one article's text reappearing in another (wire copy, reprints, an article embedded in
 * a longer one). Every copy points at the characters it covers in both articles, with its aligned
 * paragraph pairs, so a reader can check each claim against the text.
 */

/** `exact`: same words after normalising white space, punctuation and quote marks; `near`: a few words differ; `reworded`: many do. */
export type CopyMatch = 'exact' | 'near' | 'reworded';

/** `article`: the copy covers (nearly) both articles; `embedded`: it covers most of one and a part of the other; `partial`: a part of each. */
export type CopyKind = 'article' | 'embedded' | 'partial';

/** `a->b`: b copied a; null when neither the dates nor a credit line say. */
export type CopyDirection = 'a->b' | 'b->a' | null;

/** A span of one article: `[start, end)` in its document's text. */
export interface CopySide {
  readonly article: string;
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

/** How two aligned paragraphs compare: `same` after normalisation, `changed` (some words differ). */
export interface ParagraphPair {
  readonly a: { readonly start: number; readonly end: number };
  readonly b: { readonly start: number; readonly end: number };
  /** 0–1, word-level (2·LCS / (|a| + |b|)). */
  readonly similarity: number;
  readonly match: 'same' | 'changed';
}

/** One word-level difference between aligned paragraphs, with where it sits in both texts. */
export interface DriftEdit {
  readonly op: 'insert' | 'delete' | 'replace';
  /** Range in a's document text (empty for an insert: where b's words would go). */
  readonly a: { readonly start: number; readonly end: number };
  readonly b: { readonly start: number; readonly end: number };
  /** The change falls inside a quotation in a or b: a quote that lost or gained words. */
  readonly inQuote: boolean;
}

/** Why a copy's direction is what it is. */
export interface DirectionEvidence {
  readonly rule: 'credit' | 'date' | 'unknown';
  /** For `credit`: the credit line in the copying article, as a span of its document. */
  readonly credit?: { readonly article: string; readonly start: number; readonly end: number; readonly names: string };
}

export interface CopyPair {
  /** `p_` + hash of the two article ids. */
  readonly id: string;
  readonly a: CopySide;
  readonly b: CopySide;
  /** 0–1, word-level over the aligned paragraphs. */
  readonly similarity: number;
  readonly match: CopyMatch;
  readonly kind: CopyKind;
  readonly direction: CopyDirection;
  readonly evidence: DirectionEvidence;
  readonly paragraphs: readonly ParagraphPair[];
  /** Paragraphs inside the copied block that have no counterpart (cut or added), per side. */
  readonly unmatched: { readonly a: number; readonly b: number };
  readonly drift: readonly DriftEdit[];
  /** Share of each article's body words inside the copied block. */
  readonly coverage: { readonly a: number; readonly b: number };
  readonly by: string;
  readonly rule: string;
}

/** One article's place in a copy cluster; `rank` 0 is the earliest version. */
export interface CopyMember {
  readonly article: string;
  readonly cluster: string;
  readonly rank: number;
  readonly date: string | null;
}

export interface CopyClusterSummary {
  readonly id: string;
  readonly size: number;
  /** The earliest member (by date, then id): the original where dates are known. */
  readonly earliest: string;
  readonly title: string | null;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly outlets: readonly string[];
  readonly pairs: number;
}
