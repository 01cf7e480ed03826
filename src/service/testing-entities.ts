/** Test helper: stores short hand-written articles run through the default pipeline (after articles). */
import type { Article } from '../core/article.js';
import { getLayer, withLayer, type Document } from '../core/document.js';
import { runPipeline } from '../core/pipeline.js';
import { defaultPipeline } from '../default-pipeline.js';
import { asOneArticle, plainDocument } from '../stages/quotes/testing.js';

export function newsDocument(text: string, date: string, outlet: string): Document {
  const doc = asOneArticle(plainDocument(text, `test://${outlet}/${date}.txt`));
  const article = getLayer<Article>(doc, 'articles')[0]!;
  const dated = withLayer(doc, 'articles', [{ ...article, date: { value: date, source: 'test', rule: 'test' }, outlet: { value: outlet, source: 'test', rule: 'test' } } as Article]);
  return runPipeline(defaultPipeline.filter((s) => s.name !== 'articles'), dated);
}

export const CLINTON_1998 = 'Budget talks resume\n\nPresident William J. Clinton met union leaders on Tuesday. "We will not cut pensions," Clinton said after the meeting.';
export const CLINTON_1999 = 'Clintons in Harlem\n\nBill Clinton and Hillary Clinton visited Harlem last week. "This is home now," Hillary Clinton said. Bill Clinton opened an office there in July.';
