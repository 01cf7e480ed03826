import { PARAGRAPHS } from './rules.js';
import type { Paragraph } from './02-paragraphs.js';
import { hashString, mix32 } from './01-words.js';

const BIGRAMS = new WeakMap<Paragraph, Uint32Array>();

/** bigramSet of a paragraph, computed once per paragraph object (entries are reused across candidates). */
function paragraphBigrams(p: Paragraph): Uint32Array {
  let s = BIGRAMS.get(p);
  if (!s) { s = bigramSet(p.words); BIGRAMS.set(p, s); }
  return s;
}

/** Sorted unique hashes of a paragraph's word bigrams (its words when it has fewer than three), from words or word hashes. */
export function bigramSet(words: readonly string[] | Uint32Array): Uint32Array {
  const hs = words instanceof Uint32Array ? words : Uint32Array.from(words, hashString);
  if (hs.length < 3) return Uint32Array.from(new Set(hs)).sort();
  const out = new Uint32Array(hs.length - 1);
  for (let i = 0; i + 1 < hs.length; i++) out[i] = mix32(Math.imul(hs[i]!, 31) ^ hs[i + 1]!);
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

export interface Aligned { readonly i: number; readonly j: number; readonly score: number }

/** The last list's postings: a new entry is compared with all its candidates in a row, and keeping every list's would cost ~20 KB an article. */
let last: { readonly ps: readonly Paragraph[]; readonly post: Map<number, number[]> } | null = null;

/** For each bigram of a paragraph list, the paragraphs holding it; computed once for a run of comparisons with the same list. */
function postingsOf(ps: readonly Paragraph[]): Map<number, number[]> {
  if (last?.ps === ps) return last.post;
  const post = new Map<number, number[]>();
  ps.forEach((p, j) => {
    for (const g of paragraphBigrams(p)) { const list = post.get(g); if (list) list.push(j); else post.set(g, [j]); }
  });
  last = { ps, post };
  return post;
}

/**
 * Similarity of every paragraph of a to every paragraph of b: 1 for the same words, else the
 * Dice coefficient of their bigram sets. The shared bigrams are counted through b's postings, so
 * the cost is the number of shared bigrams, not paragraphs × paragraphs × words.
 */
function similarities(a: readonly Paragraph[], b: readonly Paragraph[]): Float64Array {
  const n = a.length, m = b.length;
  const both = new Float64Array(n * m);
  const post = postingsOf(b);
  for (let i = 0; i < n; i++) {
    for (const g of paragraphBigrams(a[i]!)) for (const j of post.get(g) ?? []) both[i * m + j]!++;
  }
  const size = b.map((p) => paragraphBigrams(p).length);
  for (let i = 0; i < n; i++) {
    const si = paragraphBigrams(a[i]!).length;
    for (let j = 0; j < m; j++) {
      const k = i * m + j;
      both[k] = a[i]!.hash === b[j]!.hash ? 1 : si + size[j]! === 0 ? 0 : (2 * both[k]!) / (si + size[j]!);
    }
  }
  return both;
}

/**
 * Monotone alignment of two paragraph lists (a weighted longest common subsequence): paragraphs
 * pair up in order when their bigram similarity reaches PARAGRAPHS.alignSimilarity, so moved
 * boilerplate or a reordered paragraph never pairs across the copied text.
 */
export function alignParagraphs(a: readonly Paragraph[], b: readonly Paragraph[]): Aligned[] {
  const n = a.length, m = b.length, w = m + 1;
  const best = new Float64Array((n + 1) * w);
  const sim = similarities(a, b);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = sim[(i - 1) * m + (j - 1)]!;
      const diag = s >= PARAGRAPHS.alignSimilarity ? best[(i - 1) * w + j - 1]! + s * (a[i - 1]!.words.length + b[j - 1]!.words.length) : -1;
      best[i * w + j] = Math.max(best[(i - 1) * w + j]!, best[i * w + j - 1]!, diag);
    }
  }
  const out: Aligned[] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const s = sim[(i - 1) * m + (j - 1)]!;
    if (s >= PARAGRAPHS.alignSimilarity && best[i * w + j] === best[(i - 1) * w + j - 1]! + s * (a[i - 1]!.words.length + b[j - 1]!.words.length)) {
      out.push({ i: i - 1, j: j - 1, score: s });
      i--; j--;
    } else if (best[i * w + j] === best[(i - 1) * w + j]) i--;
    else j--;
  }
  return out.reverse();
}

/** Splits aligned pairs into blocks: runs whose gaps stay within PARAGRAPHS.maxGap on both sides. */
export function blocksOf(aligned: readonly Aligned[]): Aligned[][] {
  const blocks: Aligned[][] = [];
  for (const p of aligned) {
    const last = blocks[blocks.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && p.i - prev.i - 1 <= PARAGRAPHS.maxGap && p.j - prev.j - 1 <= PARAGRAPHS.maxGap) last!.push(p);
    else blocks.push([p]);
  }
  return blocks;
}
