/**
 * Feature ids without feature strings: FNV-1a hashes of the words, combined with a template
 * number by a murmur-style mix, kept to 30 bits (small integers in V8, fast Map keys). Building
 * and hashing ~45 strings a token was most of the tagger's time; this makes it a few integer ops.
 * Two features may collide (about one pair in 2^30); the model lives with that.
 */

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hash of s.slice(from) without making the slice (the same value hashString would give). */
export function hashTail(s: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashes of s's first 1..4 characters (a shorter word repeats its whole-word hash). */
export function prefixHashes(s: string): [number, number, number, number] {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  let h = 0x811c9dc5;
  for (let k = 0; k < 4; k++) {
    if (k < s.length) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    out[k] = h >>> 0;
  }
  return out;
}

/** A feature id from a template number and up to three values. */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ c ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 2;
}
