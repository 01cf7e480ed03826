import type { Annotation, Span } from './span.js';

/** A sentence of an article body (the `sentences` layer). */
export type Sentence = Annotation<{
  /** The article the sentence belongs to. */
  readonly article: string;
  /** Index of the paragraph within the article body (blank-line separated), for cross-paragraph rules. */
  readonly paragraph: number;
}>;

export type SpeakerKind = 'person' | 'anonymous' | 'organization' | 'document' | 'media';

/**
 * Who said a quote. `name` is computed (titles dropped, surnames and pronouns resolved) and so has
 * no span of its own: it points at `mention` (the words the text used here: "she", "the official",
 * "Costa") and `resolved` (the fuller mention it resolves to: "Health Minister Ana Costa").
 * Either can be null: a floating quote has no mention, an unresolved pronoun no resolution.
 */
export interface Speaker {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly mention: Span | null;
  readonly resolved: Span | null;
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/**
 * One quote: its span is the reported content (for direct quotes including the quotation marks,
 * as the Gender Gap Tracker and PolNeAR annotate). `parts` lists the pieces of a quote split by its
 * attribution ("We are," he said, "ready."); the span is then their hull.
 */
export type Quote = Annotation<{
  readonly id: string;
  readonly article: string;
  readonly kind: QuoteKind;
  readonly cue: Span | null;
  readonly sentence: Span;
  readonly speaker: Speaker | null;
  /** 0–1: how sure the rule is that this is reported speech with this speaker. */
  readonly confidence: number;
  readonly parts?: readonly Span[];
}>;

/**
 * A sentence credited to another outlet or a document, with or without quotation marks
 * ("the BBC reported", "according to the leaked memo"). `source.name` is computed.
 */
export type Attribution = Annotation<{
  readonly id: string;
  readonly article: string;
  readonly source: { readonly name: string; readonly kind: SpeakerKind };
  readonly cue: Span | null;
}>;

export function quoteId(article: string, index: number): string {
  return `q_${article.slice(2)}_${index}`;
}

export function attributionId(article: string, index: number): string {
  return `at_${article.slice(2)}_${index}`;
}
