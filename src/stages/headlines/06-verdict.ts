/**
 * Step 06: the verdict on one claim, from what the body reports its speaker saying.
 *   quoted       a quoted fragment of the claim, or a run of its words, is inside one of X's quotes (and the quote does not negate it)
 *   paraphrased  one of X's quotes, or a body sentence naming X, carries enough of the claim's content and does not say the opposite
 *   not found    nothing X is reported to say comes near it (below THRESHOLDS.NOT_FOUND everywhere), or the passage that
 *                matches it best says the opposite (05), or the headline's verb promises what the body lacks: an admission,
 *                a denial, quoted words the body has nowhere
 * Doubt goes to support: between the two thresholds the claim stays `paraphrased` with its low
 * similarity shown, and a claim too short to judge by wording is never `not found` against a
 * speaker the body quotes unless its meaning is contradicted. `reason` says when meaning decided.
 */
import type { HeadlineEvidence, HeadlineVerdict } from '../../core/headline.js';
import type { Quote } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { containsWords, contentStems, coverage, longestRun, stemSet, stemWeights, words } from './03-similarity.js';
import { admitsSomething, contradiction, deniesSomething, predicatesSupported, type ClaimMeaning } from './05-meaning.js';
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
  /** Why the meaning checks (05) decided, when they did ("antonym: …", "negation: …", "admission not reported: …"). */
  readonly reason: string | null;
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

function evidenceOf(scored: readonly Scored[]): HeadlineEvidence[] {
  const seen = new Set<string>();
  const once = (x: Scored) => !seen.has(`${x.p.span.start}:${x.p.span.end}`) && seen.add(`${x.p.span.start}:${x.p.span.end}`) !== undefined;
  return [...scored].filter((x) => x.sim > 0).sort((a, b) => b.sim - a.sim).filter(once).slice(0, 3)
    .map(({ p, sim }) => ({ quote: p.quote?.id ?? null, start: p.span.start, end: p.span.end, similarity: sim }));
}

interface Scored { readonly p: Passage; readonly sim: number; readonly against: string | null }

interface Decision { readonly verdict: HeadlineVerdict; readonly reason: string | null }

const supportOf = (xs: readonly Scored[]) => Math.max(0, ...xs.filter((x) => x.against === null).map((x) => x.sim));

/**
 * Passages that hold a passage whose words a negation turns over (the paragraph around a quote that
 * says the opposite) support nothing either: the flip check passes over passages with other negators
 * in them, so the paragraph's silence is no agreement. An antonym's holder may agree in its other
 * sentences ("has also risen"), so it keeps its own reading.
 */
function withoutHolders(xs: readonly Scored[]): Scored[] {
  const contradicted = xs.filter((x) => x.against?.startsWith('negation') === true);
  return xs.map((x) => (x.against === null && contradicted.some((c) => c.p !== x.p && x.p.span.start <= c.p.span.start && c.p.span.end <= x.p.span.end)
    ? { ...x, against: contradicted.find((c) => x.p.span.start <= c.p.span.start && c.p.span.end <= x.p.span.end)!.against } : x));
}

/**
 * The verdict from the speaker's passages (`narrow`) and the wider look (`wide`), wording first, then
 * meaning: a passage that contradicts the claim (05) supports nothing, and when the strongest
 * uncontradicted support is short of a paraphrase, the contradiction decides. An admission needs a
 * paraphrase with the claim's predicate; a denial needs the speaker to deny something.
 */
function decide(m: ClaimMeaning, narrowPassages: readonly Scored[], widePassages: readonly Scored[], bar: number, judgeable: boolean, admittedInBody: boolean): Decision {
  const all = withoutHolders([...narrowPassages, ...widePassages]);
  const narrow = all.slice(0, narrowPassages.length);
  const wide = all.slice(narrowPassages.length);
  const best = supportOf(narrow);
  const widest = Math.max(best, supportOf(wide));
  // a contradiction counts where the passage that matches the claim best says the opposite, not a side remark elsewhere
  const against = [...all].filter((x) => x.against !== null && x.sim >= bar && x.sim > widest).sort((a, b) => b.sim - a.sim)[0];
  const supporting = all.filter((x) => x.against === null && x.sim >= bar).map((x) => x.p.words);
  // An admission is the speaker's own: only their quotes and the paragraphs naming them can carry it, unless the body reports an
  // admission in so many words ("pleaded guilty", "conceded"): then the claim is judged by wording as any other.
  const own = narrow.filter((x) => x.against === null && x.sim >= bar).map((x) => x.p.words);
  if (m.admission && !admittedInBody && (best < THRESHOLDS.PARAPHRASE || !predicatesSupported(m, own))) {
    return { verdict: 'not found', reason: against?.against ?? `admission not reported: nothing the speaker says near the claim admits anything, and it carries ${best < THRESHOLDS.PARAPHRASE ? `too little of the claim (best ${best})` : `no "${m.predicates.map((p) => p.word).join('", "')}"`}` };
  }
  if (m.denial && !supporting.some(deniesSomething)) return { verdict: 'not found', reason: against?.against ?? 'denial not reported: nothing the speaker says near the claim denies anything' };
  if (widest >= THRESHOLDS.PARAPHRASE) return { verdict: 'paraphrased', reason: null };
  if (against) return { verdict: 'not found', reason: against.against };
  if (!judgeable) return { verdict: 'paraphrased', reason: null };
  if (widest < bar) return { verdict: 'not found', reason: null };
  return { verdict: 'paraphrased', reason: null };
}

/** The verdict on `claim` (its text), said by `speaker`, with `fragments` (quoted runs inside the claim), read for `meaning`. */
export function judgeClaim(body: BodyContext, claim: string, fragments: readonly string[], speaker: ResolvedSpeaker, meaning: ClaimMeaning, fragmentMissing: boolean): Judgement {
  const stems = contentStems(claim);
  const weights = stemWeights(stems, body.sentenceSets);
  const score = (p: Passage): Scored => ({ p, sim: coverage(stems, weights, stemSet(p.words)), against: contradiction(meaning, p.words, p.quote !== null && p.quote.kind !== 'indirect') });
  const ps = passages(body, speaker, false);
  const scored = ps.map(score);
  // a run of the claim's words inside a quote that negates them ("will give up" in "we will not give up") quotes nothing
  const found = quotedIn(body, claim, fragments, ps);
  const quoted = found && contradiction(meaning, body.text.slice(found.quote!.start, found.quote!.end), true) === null ? found : undefined;
  if (quoted) {
    const sim = scored.find((x) => x.p === quoted)!.sim;
    return { verdict: 'quoted', reason: null, evidence: [{ quote: quoted.quote!.id, start: quoted.span.start, end: quoted.span.end, similarity: sim }] };
  }
  // the headline quotes words the body has nowhere: no one in this article said them
  if (fragmentMissing) return { verdict: 'not found', reason: 'quoted words nowhere in the body', evidence: evidenceOf(scored) };
  const bar = body.caseless ? THRESHOLDS.NOT_FOUND_CASELESS : THRESHOLDS.NOT_FOUND;
  const judgeable = stems.length >= THRESHOLDS.MIN_CONTENT;
  if (speaker.match !== 'unresolved') {
    // before `not found`, look wider: every quote any of X's words matched, and the paragraphs around X's quotes
    const wide = supportOf(scored) >= THRESHOLDS.PARAPHRASE && !meaning.admission && !meaning.denial ? [] : passages(body, speaker, true).map(score);
    // An admission the body reports in so many words, in a sentence that carries the claim ("conceded the plan had failed").
    // Under a caseless headline (press-release title case), or of a speaker the body names but never quotes, any such sentence:
    // "Connecticut Resident Admits Role" is "pleaded guilty" two sentences on.
    const anywhere = body.caseless || speaker.match === 'mentioned';
    const admitted = meaning.admission && body.sentences.some((s, i) => (anywhere || coverage(stems, weights, body.sentenceSets[i]!) >= bar) && admitsSomething(body.text.slice(s.start, s.end)));
    const decision = decide(meaning, scored, wide, bar, judgeable, admitted);
    return { ...decision, evidence: evidenceOf(decision.verdict === 'paraphrased' && supportOf(scored) >= THRESHOLDS.PARAPHRASE ? scored : [...scored, ...wide]) };
  }
  // X is named nowhere in the body: body text this close to the claim is X's under another name.
  const anywhere = body.sentences.map((s, i) => {
    const words = body.text.slice(s.start, s.end);
    return { p: { quote: null, span: s, words }, sim: coverage(stems, weights, body.sentenceSets[i]!), against: contradiction(meaning, words) };
  });
  const top = supportOf(anywhere);
  const against = anywhere.filter((x) => x.against !== null).sort((a, b) => b.sim - a.sim)[0];
  return top >= THRESHOLDS.UNRESOLVED_SUPPORT ? { verdict: 'paraphrased', reason: null, evidence: evidenceOf(anywhere) }
    : { verdict: 'not found', reason: against && against.sim >= top ? against.against : null, evidence: evidenceOf(anywhere) };
}
