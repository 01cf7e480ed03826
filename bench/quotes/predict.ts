/**
 * Predictions for the quote scorer (shared/tools/quotes/score_quotes.mjs): every gold text is wrapped
 * as a plain-text Document and read articles → sentences → quotes (`articles`, the default: on both
 * gold sets the articles stage keeps each text as one article and 99.7–99.9 % of gold quotes inside
 * its body, and its boilerplate labels drop captions and "READ MORE" lines), or as one article
 * spanning the whole text (`whole`).
 */
import { readFileSync } from 'node:fs';
import { getLayer, type Document } from '../../src/core/document.js';
import type { Quote } from '../../src/core/quote.js';
import { silentContext } from '../../src/core/stage.js';
import { articlesStage } from '../../src/stages/articles/index.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { asOneArticle, plainDocument } from '../../src/stages/quotes/testing.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';

export interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly split?: string;
}

export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly speakerStart?: number;
  readonly speakerEnd?: number;
  readonly speakerName?: string;
}

export type Mode = 'whole' | 'articles';

export function loadGold(path: string, split?: string): GoldRecord[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord).filter((r) => !split || r.split === split);
}

/** The gold text with its articles layer, as the mode says. Gold texts carry no title line. */
export function articlesOf(text: string, mode: Mode): Document {
  const doc = plainDocument(text, 'gold.txt');
  return mode === 'whole' ? asOneArticle(doc, false) : articlesStage.run(doc, silentContext);
}

/** How a corpus draws quotations that run over several pieces. */
export interface Convention {
  /** GGT: the parts of a split or multi-paragraph quotation are separate quotes. */
  readonly splitParts: boolean;
  /** PolNeAR: a speaker's quotation that goes on in the next sentence ("“Q1,” he said. “Q2.”") is one content, drawn as the hull. */
  readonly joinFloating: boolean;
}

export const GGT: Convention = { splitParts: true, joinFloating: false };
export const POLNEAR: Convention = { splitParts: false, joinFloating: true };

/** Floating quotations that continue the quote before them, folded into it (the hull). */
function joinFloating(quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'direct' && q.rule === 'direct-floating' && q.speaker?.mention === null) out[out.length - 1] = { ...prev, end: q.end };
    else out.push(q);
  }
  return out;
}

/**
 * The kind both gold converters give a span (the ggt-eval and polnear READMEs): `indirect` with no double
 * quotation mark inside, `direct` when it opens and closes with one once edge punctuation is trimmed, else
 * `mixed`. Used for the parts a split or multi-paragraph quote is cut into for GGT: the stage's kind is
 * the whole quote's, but a paragraph part that the quotation does not close there ("“We have nothing.")
 * is drawn as mixed in the gold, and per-kind figures compare kinds.
 */
export function markKind(text: string): string {
  const t = text.replace(/^[\s.,;:!?—–-]+|[\s.,;:!?—–-]+$/g, '');
  if (!/["“”«»„]/.test(t)) return 'indirect';
  return /^["“«„]/.test(t) && /["”»“]$/.test(t) && t.length > 1 ? 'direct' : 'mixed';
}

/** One prediction per quote, drawn as the corpus draws them. */
export function toPredictions(all: readonly Quote[], convention: Convention, text = ''): PredictedQuote[] {
  const { splitParts } = convention;
  const quotes = convention.joinFloating ? joinFloating(all) : all;
  return quotes.flatMap((q) => {
    const speaker = q.speaker?.mention ? { speakerStart: q.speaker.mention.start, speakerEnd: q.speaker.mention.end } : {};
    const name = q.speaker ? { speakerName: q.speaker.name } : {};
    if (!splitParts || !q.parts) return [{ start: q.start, end: q.end, kind: q.kind, ...speaker, ...name }];
    // a part outside the quote's sentence (a later paragraph of a multi-paragraph quote) is floating there: no speaker span
    const own = (s: { start: number; end: number }) => s.start >= q.sentence.start && s.end <= q.sentence.end;
    return q.parts.map((s) => ({ start: s.start, end: s.end, kind: markKind(text.slice(s.start, s.end)), ...(own(s) ? speaker : {}), ...name }));
  });
}

/** Runs the stages on every record and returns JSONL prediction lines. */
export function predict(records: readonly GoldRecord[], mode: Mode, convention: Convention): string[] {
  return records.map((r) => {
    const doc = quotesStage.run(sentencesStage.run(articlesOf(r.text, mode), silentContext), silentContext);
    return JSON.stringify({ id: r.id, quotes: toPredictions(getLayer<Quote>(doc, 'quotes'), convention, r.text) });
  });
}
