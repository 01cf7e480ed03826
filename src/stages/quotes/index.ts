/**
 * The quotes stage: who said what. For every article: 01 quoted runs → 02 speech cues →
 * 03 speaker phrases → 04 speaker kinds (04a name shapes, 04b people named in passing, 04c one-word
 * places and companies) → 05 direct/mixed and 06 indirect candidates (06b characterisations without
 * marks) over 07 reading units (07b terms in marks credited to a speaker) → 08 context (colon
 * introductions, floating and continued quotations, 08b pull quotes and embedded posts) → 09 speaker
 * resolution → 10 the article's refined candidates. Rule tables live in rules.ts.
 * Produces `quotes` (Quote[]) and `attributions` (Attribution[]: sentences credited to an outlet
 * or a document).
 */
import type { Article } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import { attributionId, quoteId, type Attribution, type Quote, type Sentence, type Speaker } from '../../core/quote.js';
import { stageTag, type Stage } from '../../core/stage.js';
import { personMentions } from './04-person-mentions.js';
import { resolveSpeakers } from './09-resolve.js';
import { articleCandidates } from './10-article-quotes.js';
import { MEDIA_NAMES, PRONOUNS, RULE_CONFIDENCE } from './rules.js';

const NAME = 'quotes';
const VERSION = 1;
export const QUOTES_BY = stageTag({ name: NAME, version: VERSION });

/**
 * How much the speaker adds to a quote's confidence: none found 0.7; a "he" or "she" that resolved to
 * no one (its name is then the bare lower-case pronoun and `resolved` is null) 0.8, so listings can
 * tell it from a name.
 */
function speakerWeight(speaker: Speaker | null): number {
  if (!speaker) return 0.7;
  return speaker.resolved === null && PRONOUNS[speaker.name] ? 0.8 : 1;
}

/** Quotes of one article from its sentences. */
export function articleQuotes(text: string, articleId: string, sentences: readonly Sentence[]): Quote[] {
  const candidates = articleCandidates(text, sentences);
  const range = { start: sentences[0]?.start ?? 0, end: sentences[sentences.length - 1]?.end ?? 0 };
  const names = personMentions(text, range, candidates.filter((c) => c.kind === 'direct'));
  const speakers = resolveSpeakers(text, candidates, names, range.start);
  return candidates.map((c, i) => {
    const speaker = speakers[i] ?? null;
    const confidence = Math.round((RULE_CONFIDENCE[c.rule] ?? 0.5) * speakerWeight(speaker) * 100) / 100;
    return {
      start: c.start, end: c.end, by: QUOTES_BY, rule: c.rule, id: quoteId(articleId, i), article: articleId, kind: c.kind,
      cue: c.cue ? { start: c.cue.start, end: c.cue.end } : null, sentence: { start: c.unit.start, end: c.unit.end }, speaker, confidence,
      ...(c.parts ? { parts: c.parts } : {}),
    };
  });
}

/** "told Reuters", "told the newspaper": the outlet a source spoke to, which the sentence is credited to. */
function audienceOutlet(text: string, q: Quote): { name: string; kind: 'media' } | null {
  if (!q.cue || !/^(told|tells|tell|informs|informed)$/i.test(text.slice(q.cue.start, q.cue.end))) return null;
  const after = text.slice(q.cue.end, q.cue.end + 60);
  const media = MEDIA_NAMES.find((m) => new RegExp(`^\\s+(?:the\\s+)?${m}\\b`).test(after));
  if (media) return { name: media.replace(/^The /, ''), kind: 'media' };
  const noun = /^\s+(?:the|this)\s+(newspaper|paper|broadcaster|station|magazine|network)\b/.exec(after);
  return noun ? { name: `the ${noun[1]}`, kind: 'media' } : null;
}

/** Sentences credited to an outlet or a document: quotes whose source is one, or that were told to an outlet. */
export function attributionsOf(text: string, quotes: readonly Quote[]): Attribution[] {
  const out: Attribution[] = [];
  for (const q of quotes) {
    const own = q.speaker && (q.speaker.kind === 'media' || q.speaker.kind === 'document') ? { name: q.speaker.name, kind: q.speaker.kind } : null;
    const source = own ?? audienceOutlet(text, q);
    if (!source) continue;
    out.push({
      start: q.sentence.start, end: q.sentence.end, by: QUOTES_BY, rule: own ? `${source.kind}-source` : 'told-outlet',
      id: attributionId(q.article, out.length), article: q.article, source, cue: q.cue,
    });
  }
  return out;
}

export const quotesStage: Stage = {
  name: NAME,
  version: VERSION,
  requires: ['articles', 'sentences'],
  produces: ['quotes', 'attributions'],
  run(doc: Document, ctx): Document {
    const sentences = getLayer<Sentence>(doc, 'sentences');
    const quotes = getLayer<Article>(doc, 'articles').flatMap((a) => articleQuotes(doc.text, a.id, sentences.filter((s) => s.article === a.id)));
    ctx.debug(() => `quotes: ${quotes.length} in ${doc.id}`);
    return withLayer(withLayer(doc, NAME, quotes), 'attributions', attributionsOf(doc.text, quotes));
  },
};
