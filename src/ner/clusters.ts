/**
 * Word clusters from unlabelled news text, for the tagger's cluster features: each frequent word
 * gets a vector of the words seen just left and right of it (among the most frequent words),
 * squashed (sqrt), projected to a few dense dimensions with a seeded random projection and
 * L2-normalised; k-means (cosine) then groups the words at two granularities. Words used alike
 * ("Tuesday"/"Friday", "Smith"/"Jones", "Paris"/"Bonn") land together, which helps names the
 * labelled data never showed (the role Brown clusters play in Ratinov & Roth 2009).
 */
import { seededRandom } from './perceptron.js';

export interface ClusterOptions {
  readonly minCount: number;
  readonly contextWords: number;
  readonly dims: number;
  readonly ks: readonly number[];
  readonly iterations: number;
  readonly seed: number;
}

export const DEFAULT_CLUSTERS: ClusterOptions = { minCount: 5, contextWords: 400, dims: 96, ks: [64, 512], iterations: 12, seed: 7 };

/** Word → one cluster id per granularity in options.ks. */
export function clusterWords(sentences: Iterable<readonly string[]>, o: ClusterOptions = DEFAULT_CLUSTERS): Map<string, number[]> {
  const all = [...sentences];
  const freq = new Map<string, number>();
  for (const s of all) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq].filter(([, c]) => c >= o.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = byFreq.map(([w]) => w);
  const row = new Map(words.map((w, i) => [w, i]));
  const ctx = new Map(words.slice(0, o.contextWords).map((w, i) => [w, i]));
  const random = seededRandom(o.seed);
  // projection of each (side, context word) to dims, ±1 entries
  const proj = Float32Array.from({ length: 2 * (o.contextWords + 1) * o.dims }, () => (random() < 0.5 ? -1 : 1));
  const counts = new Map<number, number>(); // (word * 2(ctx+1) + side*(ctx+1) + c) → count
  const C = o.contextWords + 1;
  for (const s of all) {
    for (let i = 0; i < s.length; i++) {
      const r = row.get(s[i]!);
      if (r === undefined) continue;
      const left = i > 0 ? (ctx.get(s[i - 1]!) ?? o.contextWords) : o.contextWords;
      const right = i + 1 < s.length ? (ctx.get(s[i + 1]!) ?? o.contextWords) : o.contextWords;
      for (const key of [r * 2 * C + left, r * 2 * C + C + right]) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const vec = new Float32Array(words.length * o.dims);
  for (const [key, c] of counts) {
    const r = Math.floor(key / (2 * C));
    const j = key % (2 * C);
    const v = Math.sqrt(c);
    for (let d = 0; d < o.dims; d++) vec[r * o.dims + d] = vec[r * o.dims + d]! + v * proj[j * o.dims + d]!;
  }
  normalise(vec, o.dims);
  const assignments = o.ks.map((k) => kmeans(vec, words.length, o.dims, k, o.iterations, random));
  return new Map(words.map((w, i) => [w, assignments.map((a) => a[i]!)]));
}

function normalise(vec: Float32Array, dims: number): void {
  for (let r = 0; r < vec.length / dims; r++) {
    let n = 0;
    for (let d = 0; d < dims; d++) n += vec[r * dims + d]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dims; d++) vec[r * dims + d] = vec[r * dims + d]! / n;
  }
}

/** Spherical k-means; centroids start at k evenly spaced frequent-to-rare words. */
function kmeans(vec: Float32Array, n: number, dims: number, k: number, iterations: number, random: () => number): Int32Array {
  const cent = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const r = Math.min(n - 1, Math.floor((c + random()) * (n / k)));
    cent.set(vec.subarray(r * dims, (r + 1) * dims), c * dims);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < n; r++) {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += vec[r * dims + d]! * cent[c * dims + d]!;
        if (dot > best) { best = dot; assign[r] = c; }
      }
    }
    cent.fill(0);
    for (let r = 0; r < n; r++) for (let d = 0; d < dims; d++) cent[assign[r]! * dims + d] = cent[assign[r]! * dims + d]! + vec[r * dims + d]!;
    normalise(cent, dims);
  }
  return assign;
}
