/**
 * Step 07: one article's headline check. Quoted fragments (01) and claims (02) of the title span,
 * each claim's speaker resolved in the body (04) and judged (05 meaning, 06 verdict); a title that attributes nothing
 * gets one `no attribution` claim over the whole headline, so every checked article has a verdict.
 */
import type { Article } from '../../core/article.js';
import { bodyText } from '../../core/article.js';
import { headlineId, summaryVerdict, type HeadlineCheck, type HeadlineClaim, type HeadlineFragment } from '../../core/headline.js';
import type { Quote, Sentence } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { quotedFragments } from './01-fragments.js';
import { headlineClaims, isCaseless, type ClaimCandidate } from './02-forms.js';
import { containsWords, contentStems, coverage, stemSet } from './03-similarity.js';
import { resolveSpeaker } from './04-speaker.js';
import { claimMeaning } from './05-meaning.js';
import { judgeClaim, type BodyContext } from './06-verdict.js';

/** Paragraph spans from the sentences' paragraph indexes. */
function paragraphs(sentences: readonly Sentence[]): Span[] {
  const out = new Map<number, Span>();
  for (const s of sentences) {
    const p = out.get(s.paragraph);
    out.set(s.paragraph, p ? { start: p.start, end: s.end } : { start: s.start, end: s.end });
  }
  return [...out.values()];
}

/**
 * A quoted fragment the body does not hold word for word, nor any body sentence half its words:
 * the headline quotes what no one in the article said ("calls it 'a betrayal'" over a body without
 * the word). Half, not all, because headlines trim and inflect the words they quote.
 */
function missingFromBody(body: BodyContext, f: HeadlineFragment): boolean {
  if (f.inBody) return false;
  const stems = contentStems(body.text.slice(f.start, f.end));
  const even = new Map(stems.map((s) => [s, 1]));
  return stems.length > 0 && body.sentenceSets.every((set) => coverage(stems, even, set) < 0.5);
}

function judged(body: BodyContext, c: ClaimCandidate, fragments: readonly HeadlineFragment[], by: string, noCase: boolean): HeadlineClaim | null {
  const inside = fragments.filter((f) => c.claim.start <= f.start && f.end <= c.claim.end);
  const phrase = c.speaker ? body.text.slice(c.speaker.start, c.speaker.end) : 'unnamed sources';
  const speaker = resolveSpeaker(body.text, phrase, c.generic || !c.speaker, noCase, body.quotes, body.sentences);
  if (c.needsQuotedSpeaker && speaker.quotes.length === 0) return null;
  // Without case a name cannot be told from a word ("TELEPHONE SUPPORT SYSTEMS"): an X the body never names is a misread headline.
  if (noCase && speaker.match === 'unresolved' && c.speaker) return null;
  const claimText = body.text.slice(c.claim.start, c.claim.end);
  // only the speaker-verb forms put the verb's content in the speaker's mouth ("X backs Y"); after a comma it is the saying
  const meaning = claimMeaning(claimText, c.rule === 'speaker-verb' ? c.verb ?? null : null);
  const { verdict, evidence, reason } = judgeClaim(body, claimText, inside.map((f) => body.text.slice(f.start, f.end)), speaker, meaning, inside.some((f) => missingFromBody(body, f)));
  return {
    start: c.claim.start, end: c.claim.end, by, rule: c.rule,
    speaker: c.speaker ? { name: speaker.name, kind: speaker.kind, mention: c.speaker, body: speaker.body, entity: null, match: speaker.match } : null,
    verdict, evidence, fragments: inside, reason,
  };
}

/** The check of one article whose title is a span of the text; null when it has none. */
export function checkHeadline(text: string, article: Article, sentences: readonly Sentence[], quotes: readonly Quote[], by: string): HeadlineCheck | null {
  const t = article.title;
  if (!t || t.start === undefined || t.end === undefined || t.end <= t.start) return null;
  const headline: Span = { start: t.start, end: t.end };
  const own = sentences.filter((s) => s.article === article.id && (s.end <= headline.start || s.start >= headline.end));
  const body: BodyContext = {
    text, sentences: own.map((s) => ({ start: s.start, end: s.end })), sentenceSets: own.map((s) => stemSet(text.slice(s.start, s.end))),
    quotes: quotes.filter((q) => q.article === article.id), paragraphs: paragraphs(own), caseless: isCaseless(text.slice(headline.start, headline.end)),
  };
  const plain = bodyText(text, article);
  const fragments: HeadlineFragment[] = quotedFragments(text, headline).map((f) => ({ ...f, inBody: containsWords(plain, text.slice(f.start, f.end)) }));
  const noCase = body.caseless;
  const found = headlineClaims(text, headline, fragments).map((c) => judged(body, c, fragments, by, noCase)).filter((c): c is HeadlineClaim => c !== null);
  const claims: HeadlineClaim[] = found.length > 0 ? found
    : [{ ...headline, by, rule: 'no-attribution', speaker: null, verdict: 'no attribution', evidence: [], fragments, reason: null }];
  return {
    ...headline, by, rule: claims[0]!.rule, id: headlineId(article.id), article: article.id, verdict: summaryVerdict(claims), claims,
    unsupportedFragments: fragments.filter((f) => !f.inBody).map((f) => ({ start: f.start, end: f.end })),
  };
}
