import type { SpeakerKind } from './quote.js';
import type { Annotation, Span } from './span.js';

/**
 * What an article's body does with a claim its headline attributes to someone. Never a judgement
 * of whether the claim is true: only whether this body reports the speaker saying it.
 * - `quoted`: the headline's words (or its quoted fragment) appear in the speaker's quotes;
 * - `paraphrased`: the speaker's quotes or reported speech carry the same content (see `evidence`);
 * - `not found`: nothing the body reports the speaker saying supports it;
 * - `no attribution`: the headline attributes nothing to anyone.
 */
export type HeadlineVerdict = 'quoted' | 'paraphrased' | 'not found' | 'no attribution';

export const HEADLINE_VERDICTS: readonly HeadlineVerdict[] = ['quoted', 'paraphrased', 'not found', 'no attribution'];

/**
 * A body passage that supports a claim: a quote (`quote` is its id) or, where the quotes stage
 * found none, a body sentence that names the speaker (`quote` null). `similarity` is 0–1: the
 * weighted share of the claim's content words the passage carries.
 */
export interface HeadlineEvidence {
  readonly quote: string | null;
  readonly start: number;
  readonly end: number;
  readonly similarity: number;
}

/**
 * Who the headline says spoke. `mention` is the headline's words ("Minister", "Costa", "report");
 * `name` is computed: the body speaker it resolved to, else the headline's words. `body` is the
 * body mention it resolved to; `entity` is the entity id once an entities layer supplies one.
 */
export interface HeadlineSpeaker {
  readonly name: string;
  readonly kind: SpeakerKind | null;
  readonly mention: Span;
  readonly body: Span | null;
  readonly entity: string | null;
  /** How the headline's words were matched to the body (`surname`, `role`, `organisation`, `outlet`, `unresolved`). */
  readonly match: string;
}

/** A quoted run of the headline ("'a disgrace'") and whether its words occur anywhere in the body. */
export interface HeadlineFragment extends Span {
  readonly inBody: boolean;
}

/** One claim a headline makes: `start`/`end` is the claim's words (Y); `rule` names the headline form. */
export type HeadlineClaim = Annotation<{
  readonly speaker: HeadlineSpeaker | null;
  readonly verdict: HeadlineVerdict;
  readonly evidence: readonly HeadlineEvidence[];
  readonly fragments: readonly HeadlineFragment[];
  /**
   * Why the meaning of the body's words decided the verdict, when it did: "antonym: …" (the body
   * says the opposite), "negation: …", "admission not reported: …", "denial not reported: …",
   * "predicate not reported: …", "quoted words nowhere in the body"; null when wording alone decided.
   */
  readonly reason: string | null;
}>;

/**
 * The `headlines` layer: one annotation per article whose title is a span of the text. Its span
 * is the headline; `verdict` summarises the claims (the weakest support wins, see summaryVerdict).
 */
export type HeadlineCheck = Annotation<{
  readonly id: string;
  readonly article: string;
  readonly verdict: HeadlineVerdict;
  readonly claims: readonly HeadlineClaim[];
  /** Quoted runs of the headline whose words occur nowhere in the body. */
  readonly unsupportedFragments: readonly Span[];
}>;

const WEAKNESS: Readonly<Record<HeadlineVerdict, number>> = { 'not found': 3, paraphrased: 2, quoted: 1, 'no attribution': 0 };

/** The article's verdict: the least supported of its claims (`no attribution` when none attributes). */
export function summaryVerdict(claims: readonly Pick<HeadlineClaim, 'verdict'>[]): HeadlineVerdict {
  let worst: HeadlineVerdict = 'no attribution';
  for (const c of claims) if (WEAKNESS[c.verdict] > WEAKNESS[worst]) worst = c.verdict;
  return worst;
}

export function headlineId(article: string): string {
  return `h_${article.slice(2)}`;
}

/**
 * The short label a listing shows beside a headline (CLI `articles`, the web UI's badge). Plain
 * words, no colour needed: `no attribution` shows nothing, since most headlines attribute nothing.
 */
export const VERDICT_BADGES: Readonly<Record<HeadlineVerdict, string>> = {
  quoted: '“” quoted', paraphrased: '≈ paraphrased', 'not found': '✗ not found', 'no attribution': '',
};

/** The CLI spelling of a verdict (`not-found`) and back. */
export function verdictSlug(v: HeadlineVerdict): string {
  return v.replace(' ', '-');
}

export function verdictFromSlug(slug: string): HeadlineVerdict | undefined {
  return HEADLINE_VERDICTS.find((v) => verdictSlug(v) === slug);
}
