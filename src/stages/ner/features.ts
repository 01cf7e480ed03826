/**
 * The tagger's features for each token of a sentence: the word and its neighbours, shape,
 * affixes, gazetteer hits, and document context (how the same word is written elsewhere in the
 * article, which tells an all-caps headline word or a sentence-initial word apart). Training and
 * tagging both call this, so the two can never drift apart.
 */
import { gazetteerHits } from './gazetteer.js';

/** How each word is written across one document: bit 1 lowercase, 2 capitalised mid-sentence, 4 all caps. */
export type DocCasing = ReadonlyMap<string, number>;

/** Word → cluster ids (one per granularity), learnt from unlabelled news text (src/ner/clusters.ts). */
export type WordClusters = ReadonlyMap<string, readonly number[]>;

/** Cluster ids of a word as written, else of its capitalised form (all-caps headlines), else of its lowercase form. */
function clustersOf(clusters: WordClusters, w: string): readonly number[] | undefined {
  return clusters.get(w) ?? clusters.get(w.charAt(0) + w.slice(1).toLowerCase()) ?? clusters.get(w.toLowerCase());
}

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": character classes with runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function casingOf(word: string): number {
  if (!/\p{L}/u.test(word)) return 0;
  if (word === word.toLowerCase()) return 1;
  if (word === word.toUpperCase()) return word.length > 1 ? 4 : 0;
  return /^\p{Lu}/u.test(word) ? 2 : 0;
}

/** The casing table of a document given as sentences of words. */
export function docCasing(sentences: readonly (readonly string[])[]): DocCasing {
  const table = new Map<string, number>();
  for (const words of sentences) {
    const headline = words.every((w) => w === w.toUpperCase());
    for (let i = 0; i < words.length; i++) {
      const c = casingOf(words[i]!);
      if (c === 0 || (i === 0 && c === 2) || (headline && c === 4)) continue;
      const key = words[i]!.toLowerCase();
      table.set(key, (table.get(key) ?? 0) | c);
    }
  }
  return table;
}

const BOUNDARY = ['<s>', '<s2>'];

/** Feature strings for every token of one sentence. */
export function sentenceFeatures(words: readonly string[], casing: DocCasing, clusters: WordClusters = new Map()): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shape = words.map(wordShape);
  const gaz = gazetteerHits(lower);
  const cl = words.map((w) => clustersOf(clusters, w));
  const headline = n > 1 && words.every((w) => w === w.toUpperCase());
  const at = (a: readonly string[], i: number): string => (i < 0 ? BOUNDARY[-i - 1]! : i >= n ? BOUNDARY[i - n]! : a[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    const s = shape[i]!;
    const f = ['b', `w=${w}`, `l=${l}`, `s=${s}`, `p1=${l.slice(0, 1)}`, `p2=${l.slice(0, 2)}`, `p3=${l.slice(0, 3)}`, `p4=${l.slice(0, 4)}`];
    f.push(`x1=${l.slice(-1)}`, `x2=${l.slice(-2)}`, `x3=${l.slice(-3)}`, `x4=${l.slice(-4)}`, `n=${Math.min(w.length, 8)}`);
    f.push(`l-1=${at(lower, i - 1)}`, `l+1=${at(lower, i + 1)}`, `l-2=${at(lower, i - 2)}`, `l+2=${at(lower, i + 2)}`);
    f.push(`w-1=${at(words, i - 1)}`, `w+1=${at(words, i + 1)}`);
    f.push(`s-1=${at(shape, i - 1)}`, `s+1=${at(shape, i + 1)}`, `sss=${at(shape, i - 1)}|${s}|${at(shape, i + 1)}`);
    f.push(`ll-=${at(lower, i - 1)}|${l}`, `ll+=${l}|${at(lower, i + 1)}`, `sl-=${at(shape, i - 1)}|${l}`, `ls+=${l}|${at(shape, i + 1)}`);
    f.push(`x3s-=${l.slice(-3)}|${at(shape, i - 1)}`);
    if (i === 0) f.push(`first=${s}`);
    if (headline) f.push(`hl=${s}`, `hl-l=${l}`);
    const c = casingOf(w);
    if (c >= 2 && (i === 0 || headline || c === 4)) f.push(`dc=${c}:${casing.get(l) ?? 0}`);
    else if (c === 2) f.push(`dc2=${casing.get(l) ?? 0}`);
    const c0 = cl[i];
    if (c0) f.push(...c0.map((c, k) => `c${k}=${c}`), `c1s=${c0[c0.length - 1]}|${s}`);
    const cp = i > 0 ? cl[i - 1] : undefined;
    const cn = i + 1 < n ? cl[i + 1] : undefined;
    if (cp) f.push(`c-1=${cp[0]}`, `cc-1=${cp[cp.length - 1]}`);
    if (cn) f.push(`c+1=${cn[0]}`, `cc+1=${cn[cn.length - 1]}`);
    for (const g of gaz[i]!) f.push(`g=${g}`, `gs=${g}|${s}`);
    for (const g of i > 0 ? gaz[i - 1]! : []) f.push(`g-1=${g}`);
    for (const g of i + 1 < n ? gaz[i + 1]! : []) f.push(`g+1=${g}`);
    out.push(f);
  }
  return out;
}
