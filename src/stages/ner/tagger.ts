/**
 * Tags the sentences of one document: features, emission scores, Viterbi over valid BILOU
 * sequences, then names as token spans with a confidence each (the mean, over the name's
 * tokens, of the chosen tag's softmax share of its local scores).
 */
import { docCasing, sentenceFeatures } from './features.js';
import type { NerModel } from './model.js';
import { allowed, decodeBilou, type TokenSpan } from './tags.js';
import { emissions, viterbi } from './viterbi.js';

export interface TaggedSpan extends TokenSpan {
  readonly confidence: number;
}

/** Feature rows (indexes into the model's weights, -1 when unknown) for every token of every sentence. */
export function featureRows(model: Pick<NerModel, 'index' | 'clusters'>, sentences: readonly (readonly string[])[]): Int32Array[][] {
  const casing = docCasing(sentences);
  const { index, clusters } = model;
  return sentences.map((words) =>
    sentenceFeatures(words, casing, clusters).map((ids) => {
      for (let k = 0; k < ids.length; k++) ids[k] = index.get(ids[k]!) ?? -1;
      return ids;
    }),
  );
}

/** Softmax temperature: perceptron scores run in the tens, and a margin of one temperature makes the runner-up e times less likely. */
const TEMPERATURE = 5;

/** The chosen tag's share of the local scores (emission plus the transitions in from the previous and out to the next chosen tag). */
function localConfidence(emit: Float64Array, trans: Float32Array, n: number, tags: readonly number[], i: number): number {
  const prev = i === 0 ? 0 : tags[i - 1]! + 1;
  const next = i + 1 < tags.length ? tags[i + 1]! : -1;
  const local = (t: number): number => {
    const into = trans[prev * n + t]!;
    if (into < -1e30 || (next >= 0 && !allowed(t, next)) || (i === 0 && !allowed(-1, t)) || (i > 0 && !allowed(tags[i - 1]!, t))) return -Infinity;
    return (emit[i * n + t]! + into + (next >= 0 ? trans[(t + 1) * n + next]! : 0)) / TEMPERATURE;
  };
  let max = -Infinity;
  for (let t = 0; t < n; t++) max = Math.max(max, local(t));
  let sum = 0;
  for (let t = 0; t < n; t++) sum += Math.exp(local(t) - max);
  return Math.exp(local(tags[i]!) - max) / sum;
}

/** Tag sequences (indexes into model.tags) for each sentence of one document. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): { tags: number[]; spans: TaggedSpan[] }[] {
  const n = model.tags.length;
  return featureRows(model, sentences).map((rows) => {
    const emit = emissions(rows, model.weights, n);
    const tags = viterbi(emit, model.trans, n);
    const spans = decodeBilou(tags).map((s) => {
      let c = 0;
      for (let i = s.start; i < s.end; i++) c += localConfidence(emit, model.trans, n, tags, i);
      return { ...s, confidence: Math.round((c / (s.end - s.start)) * 1000) / 1000 };
    });
    return { tags, spans };
  });
}
