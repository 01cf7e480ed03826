/**
 * Helpers for tests and the evaluation: a headline over a body read as one article whose title
 * is the first line (whatever it ends with), run through sentences, quotes and headlines.
 */
import { articleId, type Article } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { HeadlineCheck } from '../../core/headline.js';
import { silentContext } from '../../core/stage.js';
import { quotesStage } from '../quotes/index.js';
import { plainDocument } from '../quotes/testing.js';
import { sentencesStage } from '../sentences/index.js';
import { headlinesStage } from './index.js';

/** `headline\n\nbody` as a document of one article titled by the headline, through every stage up to headlines. */
export function headlineDocument(headline: string, body: string): Document {
  const doc = plainDocument(`${headline}\n\n${body}`);
  const article: Article = {
    start: 0, end: doc.text.length, by: 'test.v1', rule: 'whole-text', id: articleId(doc.id, 0), document: doc.id,
    title: { value: headline, start: 0, end: headline.length, source: 'text', rule: 'first-line' }, date: null, author: null, outlet: null, url: null, boilerplate: [],
  };
  const stages = [sentencesStage, quotesStage, headlinesStage];
  return stages.reduce((d, s) => s.run(d, silentContext), withLayer(doc, 'articles', [article]));
}

/** The check of `headline` over `body`. */
export function checkOf(headline: string, body: string): { text: string; check: HeadlineCheck } {
  const doc = headlineDocument(headline, body);
  return { text: doc.text, check: getLayer<HeadlineCheck>(doc, 'headlines')[0]! };
}
