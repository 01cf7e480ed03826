/**
 * The sentences stage: splits every article body (title and boilerplate left out) into sentences.
 * Small on purpose: a later sentences/NER issue extends it; the splitter is one pure function
 * (split-sentences.ts) over rule tables (rules.ts).
 */
import type { Article } from '../../core/article.js';
import { bodySpans } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Sentence } from '../../core/quote.js';
import { stageTag, type Stage } from '../../core/stage.js';
import { splitSentences } from './split-sentences.js';

const NAME = 'sentences';
const VERSION = 1;
const BY = stageTag({ name: NAME, version: VERSION });

/** Sentences of one article; `paragraph` counts the body's non-empty lines. */
export function articleSentences(text: string, article: Article): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lastLineStart = -1;
  for (const body of bodySpans(article)) {
    for (const s of splitSentences(text, body)) {
      const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
      if (lineStart !== lastLineStart) paragraph++;
      lastLineStart = lineStart;
      out.push({ start: s.start, end: s.end, by: BY, rule: s.rule, article: article.id, paragraph });
    }
  }
  return out;
}

export const sentencesStage: Stage = {
  name: NAME,
  version: VERSION,
  requires: ['articles'],
  produces: ['sentences'],
  run(doc: Document): Document {
    const articles = getLayer<Article>(doc, 'articles');
    return withLayer(doc, NAME, articles.flatMap((a) => articleSentences(doc.text, a)));
  },
};
