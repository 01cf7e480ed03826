/**
 * The ner stage: names of people, organisations, places and other named things (CoNLL-2003
 * types) in every article's headline and body, as the `mentions` layer. The tagger is an averaged
 * perceptron over BILOU tags trained on CoNLL-2003 (docs/models/ner.md); its weights ship in
 * models/ and are read once per process, on first use. Which real-world entity a mention refers
 * to is a later, corpus-wide step.
 */
import type { Article } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Sentence } from '../../core/quote.js';
import { stageTag, type Stage, type StageContext } from '../../core/stage.js';
import { articleUnits } from './01-units.js';
import { articleMentions } from './02-mentions.js';
import { defaultNerModel } from './load-model.js';
import type { NerModel } from './model.js';

const NAME = 'ner';
const VERSION = 1;
const BY = stageTag({ name: NAME, version: VERSION });

/** A ner stage over the given model (the shipped one by default, loaded lazily). */
export function createNerStage(model: () => NerModel = defaultNerModel): Stage {
  return {
    name: NAME,
    version: VERSION,
    requires: ['articles', 'sentences'],
    produces: ['mentions'],
    run(doc: Document, ctx: StageContext): Document {
      const articles = getLayer<Article>(doc, 'articles');
      const sentences = getLayer<Sentence>(doc, 'sentences');
      if (articles.length === 0) return withLayer(doc, 'mentions', []);
      const m = model();
      const mentions = articles.flatMap((a) => articleMentions(doc.text, a.id, articleUnits(doc.text, a, sentences), m, BY));
      ctx.debug(() => `ner: ${mentions.length} mentions in ${articles.length} article(s)`);
      return withLayer(doc, 'mentions', mentions);
    },
  };
}

export const nerStage: Stage = createNerStage();
