/**
 * The tagger's features for each token of a sentence: the word and its neighbours, shape,
 * affixes, word clusters, gazetteer hits, and document context (how the same word is written
 * elsewhere in the article, which tells an all-caps headline word or a sentence-initial word
 * apart). Features are integer ids (hash.ts). Training and tagging both call this, so the two
 * can never drift apart.
 */
import { gazetteerHits } from './gazetteer.js';
import { feature as f, hashString, hashTail, prefixHashes } from './hash.js';

/** How each word is written across one document: bit 1 lowercase, 2 capitalised mid-sentence, 4 all caps. */
export type DocCasing = ReadonlyMap<string, number>;

/** Word → cluster ids (one per granularity), learnt from unlabelled news text (src/ner/clusters.ts). */
export type WordClusters = ReadonlyMap<string, readonly number[]>;

/** Cluster ids of a word as written, else of its capitalised form (all-caps headlines), else of its lowercase form. */
function clustersOf(clusters: WordClusters, w: string, lower: string): readonly number[] | undefined {
  const hit = clusters.get(w);
  if (hit || w === lower) return hit;
  return (w.length > 1 && w[1] !== lower[1] ? clusters.get(w[0] + lower.slice(1)) : undefined) ?? clusters.get(lower);
}

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": character classes with runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = word[i]!;
    else {
      const ch = word[i]!;
      c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function casingOf(word: string): number {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (lower === upper) return 0;
  if (word === lower) return 1;
  if (word === upper) return word.length > 1 ? 4 : 0;
  return word[0] !== lower[0] ? 2 : 0;
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

/** Per-token hashed values the templates combine. */
interface TokenHashes {
  readonly w: number[];
  readonly l: number[];
  readonly s: number[];
}

const START = [hashString('<s>'), hashString('<s2>')] as const;
const END = [hashString('</s>'), hashString('</s2>')] as const;
const at = (a: readonly number[], i: number): number => (i < 0 ? START[-i - 1]! : i >= a.length ? END[i - a.length]! : a[i]!);

const GAZ_IDS = new Map<string, number>();
const gazId = (g: string): number => {
  let id = GAZ_IDS.get(g);
  if (id === undefined) GAZ_IDS.set(g, (id = hashString(g)));
  return id;
};

/** Feature ids for every token of one sentence. */
export function sentenceFeatures(words: readonly string[], casing: DocCasing, clusters: WordClusters = new Map()): Int32Array[] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const h: TokenHashes = { w: words.map(hashString), l: lower.map(hashString), s: shapes.map(hashString) };
  const gaz = gazetteerHits(lower).map((gs) => gs.map(gazId));
  const cl = words.map((w, i) => clustersOf(clusters, w, lower[i]!));
  const headline = n > 1 && words.every((w) => w === w.toUpperCase());
  const out: Int32Array[] = [];
  const buf: number[] = [];
  for (let i = 0; i < n; i++) {
    buf.length = 0;
    tokenFeatures(buf, words[i]!, lower[i]!, i, h, { gaz, cl, headline, casing, n });
    out.push(Int32Array.from(buf));
  }
  return out;
}

interface SentenceContext {
  readonly gaz: number[][];
  readonly cl: (readonly number[] | undefined)[];
  readonly headline: boolean;
  readonly casing: DocCasing;
  readonly n: number;
}

function tokenFeatures(out: number[], w: string, l: string, i: number, h: TokenHashes, ctx: SentenceContext): void {
  const s = h.s[i]!;
  const lw = h.l[i]!;
  const p = prefixHashes(l);
  out.push(f(0, 0), f(1, h.w[i]!), f(2, lw), f(3, s), f(4, p[0]), f(5, p[1]), f(6, p[2]), f(7, p[3]));
  for (let k = 1; k <= 4; k++) out.push(f(7 + k, hashTail(l, l.length - k)));
  out.push(f(12, Math.min(w.length, 8)));
  out.push(f(13, at(h.l, i - 1)), f(14, at(h.l, i + 1)), f(15, at(h.l, i - 2)), f(16, at(h.l, i + 2)));
  out.push(f(17, at(h.w, i - 1)), f(18, at(h.w, i + 1)));
  out.push(f(19, at(h.s, i - 1)), f(20, at(h.s, i + 1)), f(21, at(h.s, i - 1), s, at(h.s, i + 1)));
  out.push(f(22, at(h.l, i - 1), lw), f(23, lw, at(h.l, i + 1)), f(24, at(h.s, i - 1), lw), f(25, lw, at(h.s, i + 1)));
  out.push(f(26, hashTail(l, l.length - 3), at(h.s, i - 1)));
  if (i === 0) out.push(f(27, s));
  if (ctx.headline) out.push(f(28, s), f(29, lw));
  const c = casingOf(w);
  if (c >= 2 && (i === 0 || ctx.headline || c === 4)) out.push(f(30, c, ctx.casing.get(l) ?? 0));
  else if (c === 2) out.push(f(31, ctx.casing.get(l) ?? 0));
  const c0 = ctx.cl[i];
  if (c0) {
    for (let k = 0; k < c0.length; k++) out.push(f(32 + k, c0[k]!));
    out.push(f(35, c0[c0.length - 1]!, s));
  }
  const cp = i > 0 ? ctx.cl[i - 1] : undefined;
  const cn = i + 1 < ctx.n ? ctx.cl[i + 1] : undefined;
  if (cp) out.push(f(36, cp[0]!), f(37, cp[cp.length - 1]!));
  if (cn) out.push(f(38, cn[0]!), f(39, cn[cn.length - 1]!));
  for (const g of ctx.gaz[i]!) out.push(f(40, g), f(41, g, s));
  if (i > 0) for (const g of ctx.gaz[i - 1]!) out.push(f(42, g));
  if (i + 1 < ctx.n) for (const g of ctx.gaz[i + 1]!) out.push(f(43, g));
}
