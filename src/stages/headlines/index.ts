/**
 * The headlines stage: does the body support what the headline says someone said? For every
 * article whose title is a span of the text: 01 quoted fragments → 02 attributed claims by
 * headline form → 03 content similarity → 04 the speaker in the body → 05 a verdict per claim →
 * 06 the article's check. Rule tables live in rules.ts. Produces `headlines` (HeadlineCheck[]).
 * It never judges whether a claim is true, only whether this body reports it.
 */
import type { Article } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { HeadlineCheck } from '../../core/headline.js';
import type { Quote, Sentence } from '../../core/quote.js';
import { stageTag, type Stage } from '../../core/stage.js';
import { checkHeadline } from './07-check.js';

const NAME = 'headlines';
const VERSION = 1;
export const HEADLINES_BY = stageTag({ name: NAME, version: VERSION });

export const headlinesStage: Stage = {
  name: NAME,
  version: VERSION,
  requires: ['articles', 'sentences', 'quotes'],
  produces: ['headlines'],
  run(doc: Document, ctx): Document {
    const sentences = getLayer<Sentence>(doc, 'sentences');
    const quotes = getLayer<Quote>(doc, 'quotes');
    const checks = getLayer<Article>(doc, 'articles')
      .map((a) => checkHeadline(doc.text, a, sentences, quotes, HEADLINES_BY))
      .filter((c): c is HeadlineCheck => c !== null);
    ctx.debug(() => `headlines: ${checks.map((c) => c.verdict).join(', ') || 'none'} in ${doc.id}`);
    return withLayer(doc, NAME, checks);
  },
};
