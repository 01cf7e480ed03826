/**
 * The dates stage: every date expression of every article body, resolved against the article's
 * publication date with a granularity and the days it covers (see resolve-dates.ts for the
 * sub-steps). Produces `dates` (DateExpression[]); the sentence of each is its dated statement.
 */
import type { Article } from '../../core/article.js';
import type { DateExpression } from '../../core/date-expression.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Sentence } from '../../core/quote.js';
import { stageTag, type Stage } from '../../core/stage.js';
import { resolveDates } from './resolve-dates.js';

const NAME = 'dates';
const VERSION = 1;
export const DATES_BY = stageTag({ name: NAME, version: VERSION });

/** "Saturday, April 20, 2019" on a line of its own is the dateline: the publication date, not an event. */
const DATELINE_REST = /^[\s,.;:–—-]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s,.;:–—-]*$/i;

function isDateline(text: string, sentence: { start: number; end: number }, d: { start: number; end: number }): boolean {
  return DATELINE_REST.test(text.slice(sentence.start, d.start)) && DATELINE_REST.test(text.slice(d.end, sentence.end));
}

/**
 * chrono is parsed once per article over the stretch its sentences cover (a call costs far more
 * than its text: per sentence it was 9× slower), then each date goes to the sentence it lies in;
 * one that straddles sentences, or lies outside them (title, clutter), is dropped.
 */
export function documentDates(doc: Document): DateExpression[] {
  const dates = new Map(getLayer<Article>(doc, 'articles').map((a) => [a.id, a.date?.value ?? null]));
  const byArticle = new Map<string, Sentence[]>();
  for (const s of getLayer<Sentence>(doc, 'sentences')) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
  return [...byArticle].flatMap(([article, sentences]) => {
    const anchor = dates.get(article) ?? null;
    const range = { start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end };
    return resolveDates(doc.text, range, anchor, sentences).flatMap((d): DateExpression[] => {
      const s = sentences.find((x) => x.start <= d.start && d.end <= x.end);
      if (!s || isDateline(doc.text, s, d)) return [];
      return [{
        start: d.start, end: d.end, by: DATES_BY, rule: d.rule, article, value: d.value, granularity: d.granularity,
        qualifier: d.qualifier, from: d.from, to: d.to, anchor, sentence: { start: s.start, end: s.end },
      }];
    });
  });
}

export const datesStage: Stage = {
  name: NAME,
  version: VERSION,
  requires: ['articles', 'sentences'],
  produces: [NAME],
  run(doc: Document): Document {
    return withLayer(doc, NAME, documentDates(doc));
  },
};
