/**
 * Structured averaged perceptron (Collins 2002) over BILOU tags with Viterbi decoding: on every
 * sentence the current weights decode a tag sequence and, where it differs from the gold one,
 * gold features gain and predicted ones lose. Averaging uses the running-sum trick
 * (avg = w − u / c), so no per-weight timestamps are needed. Deterministic for a given seed.
 */
import { emissions, viterbi } from '../stages/ner/viterbi.js';

export interface TrainingSentence {
  readonly rows: Int32Array[];
  readonly gold: readonly number[];
}

export interface PerceptronWeights {
  readonly weights: Float32Array;
  readonly trans: Float32Array;
}

/** A small fast seeded generator (mulberry32): the same seed gives the same shuffles everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly onEpoch?: (epoch: number, errors: number, averaged: () => PerceptronWeights) => void;
}

export function trainPerceptron(data: TrainingSentence[], featureCount: number, tagCount: number, options: TrainOptions): PerceptronWeights {
  const w = new Float32Array(featureCount * tagCount);
  const u = new Float64Array(featureCount * tagCount);
  const tw = new Float32Array((tagCount + 1) * tagCount);
  const tu = new Float64Array((tagCount + 1) * tagCount);
  const random = seededRandom(options.seed);
  const order = data.slice();
  let c = 1;
  const bump = (rows: Int32Array[], tags: readonly number[], delta: number): void => {
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]!;
      for (const f of rows[i]!) {
        const k = f * tagCount + t;
        w[k] = w[k]! + delta;
        u[k] = u[k]! + c * delta;
      }
      const k = (i === 0 ? 0 : tags[i - 1]! + 1) * tagCount + t;
      tw[k] = tw[k]! + delta;
      tu[k] = tu[k]! + c * delta;
    }
  };
  const averaged = (): PerceptronWeights => ({
    weights: Float32Array.from(w, (x, i) => x - u[i]! / c),
    trans: Float32Array.from(tw, (x, i) => x - tu[i]! / c),
  });
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const s of order) {
      const pred = viterbi(emissions(s.rows, w, tagCount), tw, tagCount);
      if (pred.some((t, i) => t !== s.gold[i])) {
        errors++;
        bump(s.rows, s.gold, 1);
        bump(s.rows, pred, -1);
      }
      c++;
    }
    options.onEpoch?.(epoch, errors, averaged);
  }
  return averaged();
}
