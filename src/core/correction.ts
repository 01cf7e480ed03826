import type { SpeakerKind } from './quote.js';

/**
 * A user's correction of what the pipeline found. Corrections are stored apart from documents
 * (a document row is what the pipeline made), so re-ingest and `presstrail reprocess` never lose
 * them: they are applied again whenever the data they correct is read or re-derived. Undoing
 * keeps the row (with `undoneAt`), so the history stays visible.
 *
 * Kinds and their `value`:
 * - `quote.speaker`  {name, kind}: this quote was said by someone else (or by no one known).
 * - `quote.reject`   {}: this is not reported speech (a scare quote, a title).
 * - `entity.merge`   owned by the entities stage: two entities are one referent.
 * - `entity.split`   owned by the entities stage: aliases that are a different referent.
 * - `entity.rename`  owned by the entities stage: the display name of an entity.
 *
 * `anchor` pins a quote correction to characters, not to an id, so it still finds its quote
 * after re-processing renumbers quotes: the quote of that document whose span equals
 * [start, end) (failing that, the one that overlaps it most; none if no quote overlaps it, since
 * the old id may by then name another quote). A quote correction given without an anchor gets the
 * target quote's span when it is stored (so the SQL's by-`target` rule only serves rows without
 * one). When a quote has several active corrections, a reject wins;
 * otherwise the latest speaker change applies.
 */
export type CorrectionKind = 'quote.speaker' | 'quote.reject' | 'entity.merge' | 'entity.split' | 'entity.rename';

export interface CorrectionAnchor {
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

export interface QuoteSpeakerValue {
  readonly name: string;
  readonly kind: SpeakerKind;
}

export interface NewCorrection {
  readonly kind: CorrectionKind;
  /** The id of what is corrected when it was made: a quote id (q_…) or an entity id. */
  readonly target: string;
  readonly anchor?: CorrectionAnchor;
  /** Kind-specific payload (see above); JSON-serialisable. */
  readonly value: Readonly<Record<string, unknown>>;
  readonly note?: string;
  readonly author?: string;
}

export interface Correction extends NewCorrection {
  /** `c_` + a sequence number. */
  readonly id: string;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  readonly undoneAt: string | null;
}

export interface CorrectionQuery {
  readonly kind?: CorrectionKind;
  readonly target?: string;
  /** Undone corrections are listed too (default: only active ones). */
  readonly includeUndone?: boolean;
}
