/**
 * Training the NER tagger on CoNLL-2003 files: features for every token (the same function the
 * stage uses), a feature index of those seen at least `minCount` times, then the structured
 * averaged perceptron. Returns the model ready to save or use.
 */
import { docCasing, sentenceFeatures, type WordClusters } from '../stages/ner/features.js';
import type { NerModel } from '../stages/ner/model.js';
import { encodeBilou, TAGS } from '../stages/ner/tags.js';
import type { ConllDocument } from './conll.js';
import { trainPerceptron, type PerceptronWeights, type TrainingSentence } from './perceptron.js';

export interface TrainConfig {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  readonly clusters: WordClusters;
  readonly onEpoch?: (epoch: number, errors: number, model: () => NerModel) => void;
}

function* documentFeatures(docs: readonly ConllDocument[], clusters: WordClusters): Generator<{ feats: Int32Array[]; gold: number[] }> {
  for (const doc of docs) {
    const casing = docCasing(doc.map((s) => s.words));
    for (const s of doc) yield { feats: sentenceFeatures(s.words, casing, clusters), gold: encodeBilou(s.spans, s.words.length) };
  }
}

/** Feature ids seen at least `minCount` times, in first-seen order. */
function featureIndex(docs: readonly ConllDocument[], minCount: number, clusters: WordClusters): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { feats } of documentFeatures(docs, clusters)) for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, index.size);
  return index;
}

export function trainNer(docs: readonly ConllDocument[], config: TrainConfig): { model: NerModel; features: number[] } {
  const index = featureIndex(docs, config.minCount, config.clusters);
  const data: TrainingSentence[] = [];
  for (const { feats, gold } of documentFeatures(docs, config.clusters)) {
    data.push({ gold, rows: feats.map((fs) => Int32Array.from(Array.from(fs, (f) => index.get(f) ?? -1).filter((x) => x >= 0))) });
  }
  const features = [...index.keys()];
  const meta = { epochs: config.epochs, seed: config.seed, minCount: config.minCount, sentences: data.length, trainedAt: new Date().toISOString().slice(0, 10) };
  const asModel = (w: PerceptronWeights): NerModel => ({ tags: TAGS, index, weights: w.weights, trans: w.trans, clusters: config.clusters, meta });
  const weights = trainPerceptron(data, features.length, TAGS.length, {
    epochs: config.epochs,
    seed: config.seed,
    ...(config.onEpoch ? { onEpoch: (e: number, errors: number, avg: () => PerceptronWeights) => config.onEpoch!(e, errors, () => asModel(avg())) } : {}),
  });
  return { model: asModel(weights), features };
}
