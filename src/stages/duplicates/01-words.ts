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

const APOSTROPHES = /['’ʼ‘`]/g;

const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHE = /['’ʼ‘`]/;

export function normalizeWord(raw: string): string {
  const folded = NON_ASCII.test(raw) ? raw.normalize('NFKC').toLowerCase() : raw.toLowerCase();
  return APOSTROPHE.test(folded) ? folded.replace(APOSTROPHES, '') : folded;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 96;

/** Letters, digits (and combining marks after them): ASCII by table, the rest by Unicode property. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return LETTER.test(text.slice(i - 1, i + 1));
  return LETTER.test(text[i]!);
}

/** Where the word starting at `i` ends: letters and digits, an apostrophe between two of them kept in. */
function wordEnd(text: string, i: number, end: number): number {
  for (;;) {
    while (i < end && isWordChar(text, i)) i++;
    if (i + 1 < end && isApostrophe(text.charCodeAt(i)) && isWordChar(text, i + 1)) { i++; continue; }
    return i;
  }
}

/**
 * The words of `text[start, end)`, with their offsets in `text`: runs of letters and digits, an
 * apostrophe inside a word kept in it ("don't"). A hand-written scanner: this runs over every
 * character of the corpus, and a global Unicode regular expression is several times slower.
 */
export function wordsOf(text: string, start = 0, end = text.length): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = start;
  while (i < end) {
    if (!isWordChar(text, i)) { i++; continue; }
    const s = i;
    i = wordEnd(text, i, end);
    words.push(normalizeWord(text.slice(s, i)));
    starts.push(s);
    ends.push(i);
  }
  return { words, starts, ends };
}

/** A word sequence as copy detection stores it: each word's hash (hashString of its normalised form) and span. */
export interface WordHashes {
  readonly hashes: Uint32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

let scratch = { hashes: new Uint32Array(1024), starts: new Uint32Array(1024), ends: new Uint32Array(1024) };

function room(n: number): void {
  if (n < scratch.hashes.length) return;
  const grow = (a: Uint32Array) => { const b = new Uint32Array(a.length * 2); b.set(a); return b; };
  scratch = { hashes: grow(scratch.hashes), starts: grow(scratch.starts), ends: grow(scratch.ends) };
}

/**
 * FNV-1a of `text[s, e)` lower-cased with apostrophes dropped, equal to
 * hashString(normalizeWord(text.slice(s, e))) without making the string; null when the word
 * holds a non-ASCII character (NFKC folding then needs the string).
 */
function asciiWordHash(text: string, s: number, e: number): number | null {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 39 || c === 96) continue;
    if (c >= 65 && c <= 90) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The words of `text[start, end)` as hashes with their spans: the same words as wordsOf, hashed
 * while scanning (the index keeps hashes, and most words never need to exist as strings).
 */
export function wordHashesOf(text: string, start = 0, end = text.length): WordHashes {
  let n = 0;
  let i = start;
  while (i < end) {
    if (!isWordChar(text, i)) { i++; continue; }
    const s = i;
    i = wordEnd(text, i, end);
    room(n + 1);
    scratch.hashes[n] = asciiWordHash(text, s, i) ?? hashString(normalizeWord(text.slice(s, i)));
    scratch.starts[n] = s;
    scratch.ends[n] = i;
    n++;
  }
  return { hashes: scratch.hashes.slice(0, n), starts: scratch.starts.slice(0, n), ends: scratch.ends.slice(0, n) };
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
