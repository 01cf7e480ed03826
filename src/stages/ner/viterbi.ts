/**
 * Scoring and decoding shared by training and tagging: emission scores are sums of feature
 * weights, one row of `tagCount` weights per feature; transitions score tag pairs (row
 * `tagCount` is the sentence start). Viterbi finds the best tag sequence among the valid BILOU
 * sequences only, so a decoded sequence never has a broken name.
 */
import { allowed } from './tags.js';

/** Emission scores, `n × tagCount`, for tokens given as lists of feature rows (-1 = unknown feature, skipped). */
export function emissions(rows: readonly Int32Array[], weights: Float32Array, tagCount: number): Float64Array {
  const out = new Float64Array(rows.length * tagCount);
  for (let i = 0; i < rows.length; i++) {
    const feats = rows[i]!;
    const base = i * tagCount;
    for (let k = 0; k < feats.length; k++) {
      const f = feats[k]!;
      if (f < 0) continue;
      const w = f * tagCount;
      for (let t = 0; t < tagCount; t++) out[base + t] = out[base + t]! + weights[w + t]!;
    }
  }
  return out;
}

interface Lattice {
  readonly n: number;
  /** For each tag b, the tags that may come before it. */
  readonly before: readonly Int32Array[];
  readonly canStart: Uint8Array;
  readonly canEnd: Uint8Array;
}

let LATTICE: Lattice | undefined;

/** Which tag may follow which, from the BILOU rules: an inside or last tag has only two possible predecessors. */
function lattice(n: number): Lattice {
  if (LATTICE && LATTICE.n === n) return LATTICE;
  const before: Int32Array[] = [];
  for (let b = 0; b < n; b++) before.push(Int32Array.from({ length: n }, (_, a) => a).filter((a) => allowed(a, b)));
  LATTICE = {
    n,
    before,
    canStart: Uint8Array.from({ length: n }, (_, b) => (allowed(-1, b) ? 1 : 0)),
    canEnd: Uint8Array.from({ length: n }, (_, a) => (allowed(a, -1) ? 1 : 0)),
  };
  return LATTICE;
}

/** The best valid tag sequence; `trans[(a + 1) * n + b]` scores b after a (row 0 is the start). */
export function viterbi(emit: Float64Array, trans: Float32Array, n: number): number[] {
  const len = emit.length / n;
  if (len === 0) return [];
  const { before, canStart, canEnd } = lattice(n);
  const score = new Float64Array(len * n).fill(-Infinity);
  const back = new Int32Array(len * n);
  for (let b = 0; b < n; b++) if (canStart[b]) score[b] = emit[b]! + trans[b]!;
  for (let i = 1; i < len; i++) {
    const prev = (i - 1) * n;
    for (let b = 0; b < n; b++) {
      const from = before[b]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < from.length; k++) {
        const a = from[k]!;
        const s = score[prev + a]! + trans[(a + 1) * n + b]!;
        if (s > best) { best = s; arg = a; }
      }
      score[i * n + b] = best + emit[i * n + b]!;
      back[i * n + b] = arg;
    }
  }
  let last = 0;
  let best = -Infinity;
  for (let a = 0; a < n; a++) {
    const s = score[(len - 1) * n + a]!;
    if (canEnd[a] && s > best) { best = s; last = a; }
  }
  const tags = new Array<number>(len);
  for (let i = len - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * n + last]!;
  }
  return tags;
}
