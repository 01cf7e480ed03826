/**
 * Words as copy detection compares them: letters and digits only, lower-cased, NFKC-folded,
 * apostrophes dropped, so white space, punctuation, quotation marks (straight or curly),
 * non-breaking spaces and dashes never make two copies differ. Each word keeps its span in the
 * document text.
 */
export interface Words {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ‘`][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ‘`]/g;

export function normalizeWord(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '');
}

/** The words of `text[start, end)`, with their offsets in `text`. */
export function wordsOf(text: string, start = 0, end = text.length): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    words.push(normalizeWord(m[0]));
    starts.push(start + m.index);
    ends.push(start + m.index + m[0].length);
  }
  return { words, starts, ends };
}

/** FNV-1a over a string's UTF-16 units, 32-bit: stable across runs and backends. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads the bits of a 32-bit value. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
