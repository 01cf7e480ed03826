import { MINHASH } from './rules.js';
import { hashString, mix32 } from './01-words.js';

export interface MinHashParams {
  readonly shingle: number;
  readonly permutations: number;
  readonly bands: number;
  readonly rows: number;
}

/** Seeds of the hash family: fixed, so signatures computed today match those stored last year. */
function seeds(n: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = 0x9e3779b9;
  for (let i = 0; i < n; i++) { x = mix32(x + 0x6d2b79f5); out[i] = x; }
  return out;
}

const SEEDS = new Map<number, Uint32Array>();
function seedsFor(n: number): Uint32Array {
  let s = SEEDS.get(n);
  if (!s) { s = seeds(n); SEEDS.set(n, s); }
  return s;
}

/** Hashes of the word k-shingles of a word sequence, as words or word hashes (a text shorter than k is one shingle). */
export function shingleHashes(words: readonly string[] | Uint32Array, k: number = MINHASH.shingle): Uint32Array {
  const wordHashes = words instanceof Uint32Array ? words : Uint32Array.from(words, hashString);
  const n = Math.max(1, wordHashes.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let j = i; j < Math.min(i + k, wordHashes.length); j++) h = mix32(Math.imul(h, 31) ^ wordHashes[j]!);
    out[i] = h;
  }
  return out;
}

/**
 * MinHash signature: for each of `permutations` hash functions (a seeded mix of the shingle
 * hash), the smallest value over the shingles. Equal positions estimate Jaccard similarity.
 */
export function minhash(shingles: Uint32Array, permutations: number = MINHASH.permutations): Uint32Array {
  const seeds = seedsFor(permutations);
  const sig = new Uint32Array(permutations).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let p = 0; p < permutations; p++) {
      const h = mix32(x ^ seeds[p]!);
      if (h < sig[p]!) sig[p] = h;
    }
  }
  return sig;
}

/** LSH band keys: one 32-bit key per band (band index mixed in), equal keys make a candidate pair. */
export function bandKeys(sig: Uint32Array, bands: number = MINHASH.bands, rows: number = MINHASH.rows): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < rows; r++) h = mix32(Math.imul(h, 31) ^ sig[b * rows + r]!);
    keys.push(h | 0);
  }
  return keys;
}

/** Share of equal positions: the MinHash estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}
