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

let VALID: Uint8Array | undefined;
let VALID_N = 0;

/** valid[(a + 1) * n + b]: may tag b follow a (a = -1 at the start); valid[(n + 1) * n + a]: may the sentence end on a. */
function validTable(n: number): Uint8Array {
  if (VALID && VALID_N === n) return VALID;
  const v = new Uint8Array((n + 2) * n);
  for (let a = -1; a < n; a++) for (let b = 0; b < n; b++) v[(a + 1) * n + b] = allowed(a, b) ? 1 : 0;
  for (let a = 0; a < n; a++) v[(n + 1) * n + a] = allowed(a, -1) ? 1 : 0;
  VALID = v;
  VALID_N = n;
  return v;
}

/** The best valid tag sequence; `trans[(a + 1) * n + b]` scores b after a (a = -1 at the start). */
export function viterbi(emit: Float64Array, trans: Float32Array, n: number): number[] {
  const len = emit.length / n;
  if (len === 0) return [];
  const valid = validTable(n);
  const score = new Float64Array(len * n).fill(-Infinity);
  const back = new Int32Array(len * n);
  for (let b = 0; b < n; b++) if (valid[b]) score[b] = emit[b]! + trans[b]!;
  for (let i = 1; i < len; i++) {
    for (let b = 0; b < n; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < n; a++) {
        if (!valid[(a + 1) * n + b]) continue;
        const s = score[(i - 1) * n + a]! + trans[(a + 1) * n + b]!;
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
    if (valid[(n + 1) * n + a] && s > best) { best = s; last = a; }
  }
  const tags = new Array<number>(len);
  for (let i = len - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * n + last]!;
  }
  return tags;
}
