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
  readonly quotes: readonly Quote[];
}

interface Passage { readonly quote: Quote | null; readonly span: Span; readonly words: string }

export interface Judgement {
  readonly verdict: HeadlineVerdict;
  readonly evidence: readonly HeadlineEvidence[];
}

function passages(body: BodyContext, speaker: ResolvedSpeaker): Passage[] {
  const out: Passage[] = speaker.quotes.map((q) => ({ quote: q, span: { start: q.start, end: q.end }, words: body.text.slice(Math.min(q.start, q.sentence.start), Math.max(q.end, q.sentence.end)) }));
  const seen = new Set<Span>();
  for (const s of speaker.sentences) {
    const para = body.paragraphs.find((p) => p.start <= s.start && s.end <= p.end) ?? s;
    if (seen.has(para)) continue;
    seen.add(para);
    out.push({ quote: null, span: para, words: body.text.slice(para.start, para.end) });
  }
  return out;
}

/** Is the claim quoted from one of these passages: all its in-claim fragments inside one, or a long enough run of its words? */
function quotedIn(body: BodyContext, claim: string, fragments: readonly string[], ps: readonly Passage[]): Passage | undefined {
  const claimWords = words(claim).length;
  const needRun = Math.min(THRESHOLDS.QUOTED_RUN, Math.max(2, claimWords));
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
  const ps = passages(body, speaker);
  const scored = ps.map((p) => ({ p, sim: coverage(stems, weights, stemSet(p.words)) }));
  const quoted = quotedIn(body, claim, fragments, ps);
  if (quoted) {
    const sim = scored.find((x) => x.p === quoted)!.sim;
    return { verdict: 'quoted', evidence: [{ quote: quoted.quote!.id, start: quoted.span.start, end: quoted.span.end, similarity: sim }] };
  }
  const best = Math.max(0, ...scored.map((x) => x.sim));
  if (best >= THRESHOLDS.PARAPHRASE) return { verdict: 'paraphrased', evidence: evidenceOf(scored) };
  if (speaker.match !== 'unresolved') {
    const judgeable = stems.length >= THRESHOLDS.MIN_CONTENT;
    return { verdict: best >= THRESHOLDS.NOT_FOUND || !judgeable ? 'paraphrased' : 'not found', evidence: evidenceOf(scored) };
  }
  // X is named nowhere in the body: body text this close to the claim is X's under another name.
  const anywhere = body.sentences.map((s, i) => ({ p: { quote: null, span: s, words: '' }, sim: coverage(stems, weights, body.sentenceSets[i]!) }));
  const top = Math.max(0, ...anywhere.map((x) => x.sim));
  return { verdict: top >= THRESHOLDS.UNRESOLVED_SUPPORT ? 'paraphrased' : 'not found', evidence: evidenceOf(anywhere) };
}
