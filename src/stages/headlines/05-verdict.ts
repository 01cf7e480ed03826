/**
 * Step 05: the verdict on one claim, from what the body reports its speaker saying.
 *   quoted       a quoted fragment of the claim, or a run of its words, is inside one of X's quotes
 *   paraphrased  one of X's quotes, or a body sentence naming X, carries enough of the claim's content
 *   not found    nothing X is reported to say comes near it (below THRESHOLDS.NOT_FOUND everywhere)
 * Doubt goes to support: between the two thresholds the claim stays `paraphrased` with its low
 * similarity shown, and a claim too short to judge by wording is never `not found` against a
 * speaker the body quotes.
 */
import type { HeadlineEvidence, HeadlineVerdict } from '../../core/headline.js';
import type { Quote } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { containsWords, contentStems, coverage, longestRun, stemSet, stemWeights, words } from './03-similarity.js';
import type { ResolvedSpeaker } from './04-speaker.js';
import { THRESHOLDS } from './rules.js';

export interface BodyContext {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly sentenceSets: readonly ReadonlySet<string>[];
  /** The body's paragraphs: a sentence naming X stands for its paragraph, where news copy puts what X said. */
  readonly paragraphs: readonly Span[];
  /** The headline is all caps or title case (THRESHOLDS.NOT_FOUND_CASELESS applies). */
  readonly caseless: boolean;
  readonly quotes: readonly Quote[];
}

interface Passage { readonly quote: Quote | null; readonly span: Span; readonly words: string }

export interface Judgement {
  readonly verdict: HeadlineVerdict;
  readonly evidence: readonly HeadlineEvidence[];
}

/**
 * X's quotes (with their sentences) and the paragraphs that name X. `wide` looks further, for
 * what a `not found` must be checked against: every quote any of X's words matched (every quote
 * at all when the body names X but quotes no one as X: a pronoun or another description may be
 * X), the paragraphs holding those quotes, and the paragraph after each (news copy names a
 * speaker, then quotes them in the next paragraph).
 */
function passages(body: BodyContext, speaker: ResolvedSpeaker, wide: boolean): Passage[] {
  const quotes = !wide ? speaker.quotes : speaker.match === 'mentioned' ? body.quotes : [...new Set([...speaker.quotes, ...speaker.anyQuotes])];
  const out: Passage[] = quotes.map((q) => ({ quote: q, span: { start: q.start, end: q.end }, words: body.text.slice(Math.min(q.start, q.sentence.start), Math.max(q.end, q.sentence.end)) }));
  const picked = new Set<number>();
  const anchors = wide ? [...speaker.sentences, ...quotes.map((q) => q.sentence)] : speaker.sentences;
  for (const s of anchors) {
    const i = body.paragraphs.findIndex((p) => p.start <= s.start && s.end <= p.end);
    if (i < 0) continue;
    picked.add(i);
    if (wide && i + 1 < body.paragraphs.length) picked.add(i + 1);
  }
  for (const i of [...picked].sort((a, b) => a - b)) {
    const para = body.paragraphs[i]!;
    out.push({ quote: null, span: para, words: body.text.slice(para.start, para.end) });
  }
  return out;
}

/** Is the claim quoted from one of these passages: all its in-claim fragments inside one, or a long enough run of its words? */
function quotedIn(body: BodyContext, claim: string, fragments: readonly string[], ps: readonly Passage[]): Passage | undefined {
  const claimWords = words(claim).length;
  const needRun = Math.max(2, Math.min(claimWords, Math.max(THRESHOLDS.QUOTED_RUN, Math.ceil(THRESHOLDS.QUOTED_SHARE * claimWords))));
  return ps.find((p) => {
    if (!p.quote) return false;
    const quoteText = body.text.slice(p.quote.start, p.quote.end);
    if (fragments.length > 0) return fragments.every((f) => containsWords(p.words, f));
    return longestRun(claim, quoteText) >= needRun;
  });
}

function evidenceOf(scored: ReadonlyArray<{ p: Passage; sim: number }>): HeadlineEvidence[] {
  return [...scored].filter((x) => x.sim > 0).sort((a, b) => b.sim - a.sim).slice(0, 3)
    .map(({ p, sim }) => ({ quote: p.quote?.id ?? null, start: p.span.start, end: p.span.end, similarity: sim }));
}

/** The verdict on `claim` (its text), said by `speaker`, with `fragments` (quoted runs inside the claim). */
export function judgeClaim(body: BodyContext, claim: string, fragments: readonly string[], speaker: ResolvedSpeaker): Judgement {
  const stems = contentStems(claim);
  const weights = stemWeights(stems, body.sentenceSets);
  const ps = passages(body, speaker, false);
  const scored = ps.map((p) => ({ p, sim: coverage(stems, weights, stemSet(p.words)) }));
  const quoted = quotedIn(body, claim, fragments, ps);
  if (quoted) {
    const sim = scored.find((x) => x.p === quoted)!.sim;
    return { verdict: 'quoted', evidence: [{ quote: quoted.quote!.id, start: quoted.span.start, end: quoted.span.end, similarity: sim }] };
  }
  const best = Math.max(0, ...scored.map((x) => x.sim));
  if (best >= THRESHOLDS.PARAPHRASE) return { verdict: 'paraphrased', evidence: evidenceOf(scored) };
  if (speaker.match !== 'unresolved') {
    // before `not found`, look wider: every quote any of X's words matched, and the paragraphs around X's quotes
    const wide = passages(body, speaker, true).map((p) => ({ p, sim: coverage(stems, weights, stemSet(p.words)) }));
    const widest = Math.max(best, ...wide.map((x) => x.sim));
    const judgeable = stems.length >= THRESHOLDS.MIN_CONTENT;
    const bar = body.caseless ? THRESHOLDS.NOT_FOUND_CASELESS : THRESHOLDS.NOT_FOUND;
    return { verdict: widest >= bar || !judgeable ? 'paraphrased' : 'not found', evidence: evidenceOf(widest > best ? wide : scored) };
  }
  // X is named nowhere in the body: body text this close to the claim is X's under another name.
  const anywhere = body.sentences.map((s, i) => ({ p: { quote: null, span: s, words: '' }, sim: coverage(stems, weights, body.sentenceSets[i]!) }));
  const top = Math.max(0, ...anywhere.map((x) => x.sim));
  return { verdict: top >= THRESHOLDS.UNRESOLVED_SUPPORT ? 'paraphrased' : 'not found', evidence: evidenceOf(anywhere) };
}
