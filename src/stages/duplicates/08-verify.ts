import type { CopyKind, CopyMatch, ParagraphPair } from '../../core/copy.js';
import { ACCEPT } from './rules.js';
import { alignParagraphs, blocksOf, type Aligned } from './06-align.js';
import { lcsPairs } from './07-drift.js';
import type { EntryBody } from './05-entry.js';

/** A verified copied block between two articles, before lineage gives it a direction. */
export interface VerifiedBlock {
  readonly a: { readonly start: number; readonly end: number };
  readonly b: { readonly start: number; readonly end: number };
  readonly aligned: readonly Aligned[];
  /** Per aligned pair: the common words as [a index, b index] (null when the paragraphs are the same). */
  readonly common: ReadonlyArray<Array<[number, number]> | null>;
  readonly paragraphs: readonly ParagraphPair[];
  readonly similarity: number;
  readonly match: CopyMatch;
  readonly kind: CopyKind;
  readonly unmatched: { readonly a: number; readonly b: number };
  readonly coverage: { readonly a: number; readonly b: number };
  readonly alignedWords: number;
  readonly rule: string;
}

const wordsIn = (e: EntryBody, from: number, to: number) => e.paragraphs.slice(from, to + 1).reduce((n, p) => n + p.words.length, 0);

function blockWords(a: EntryBody, b: EntryBody, block: readonly Aligned[], boilerplate: (hash: string) => boolean): number {
  let n = 0;
  for (const { i, j } of block) {
    const pa = a.paragraphs[i]!;
    if (pa.hash === b.paragraphs[j]!.hash && boilerplate(pa.hash)) continue;
    n += Math.min(pa.words.length, b.paragraphs[j]!.words.length);
  }
  return n;
}

/**
 * A block that ends both articles, each keeping text of its own before it (ACCEPT.minWords words
 * or more), is their shared template when it is a minor part of both or standing text
 * (BOILERPLATE_CUES): a press office's closing paragraphs ("An indictment merely alleges…"), a
 * newsletter box. A block opening both is a template when it is standing text, or a minor part of
 * two articles of one outlet.
 */
function templateBlock(a: EntryBody, b: EntryBody, block: readonly Aligned[]): boolean {
  const first = block[0]!, last = block[block.length - 1]!;
  const own = (e: EntryBody, from: number, to: number) => wordsIn(e, from, to) >= ACCEPT.minWords;
  const minor = wordsIn(a, first.i, last.i) < ACCEPT.templateCoverage * a.words && wordsIn(b, first.j, last.j) < ACCEPT.templateCoverage * b.words;
  const standing = block.every(({ i }) => a.paragraphs[i]!.standing);
  const tails = last.i === a.paragraphs.length - 1 && last.j === b.paragraphs.length - 1 && own(a, 0, first.i - 1) && own(b, 0, first.j - 1);
  if (tails) return minor || standing;
  const heads = first.i === 0 && first.j === 0 && own(a, last.i + 1, a.paragraphs.length - 1) && own(b, last.j + 1, b.paragraphs.length - 1);
  const sameOutlet = a.outlet !== null && b.outlet !== null && a.outlet.trim().toLowerCase() === b.outlet.trim().toLowerCase();
  return heads && (standing || (sameOutlet && minor));
}

function classify(similarity: number, paragraphs: readonly ParagraphPair[], unmatched: { a: number; b: number }): CopyMatch {
  if (unmatched.a + unmatched.b === 0 && paragraphs.every((p) => p.match === 'same')) return 'exact';
  return similarity >= ACCEPT.nearSimilarity ? 'near' : 'reworded';
}

/**
 * Verifies a candidate pair by aligning paragraphs: the best block of aligned paragraphs must hold
 * ACCEPT.minWords words (not counting paragraphs known as boilerplate) and either cover a good
 * share of one article or be a reprint block of several paragraphs, and not be a template block
 * (see templateBlock). Returns null when it is no copy.
 */
export function verifyPair(a: EntryBody, b: EntryBody, boilerplate: (hash: string) => boolean = () => false): VerifiedBlock | null {
  const blocks = blocksOf(alignParagraphs(a.paragraphs, b.paragraphs));
  let best: Aligned[] | null = null;
  let bestWords = 0;
  for (const block of blocks) {
    if (templateBlock(a, b, block)) continue;
    const w = blockWords(a, b, block, boilerplate);
    if (w > bestWords) { best = block; bestWords = w; }
  }
  if (!best || bestWords < ACCEPT.minWords) return null;
  const first = best[0]!, last = best[best.length - 1]!;
  const wa = wordsIn(a, first.i, last.i), wb = wordsIn(b, first.j, last.j);
  const coverage = { a: a.words === 0 ? 0 : wa / a.words, b: b.words === 0 ? 0 : wb / b.words };
  const reprint = best.length >= ACCEPT.reprintParagraphs && bestWords >= ACCEPT.reprintWords;
  if (Math.max(coverage.a, coverage.b) < ACCEPT.minCoverage && !reprint) return null;
  let shared = 0;
  const commonWords: Array<Array<[number, number]> | null> = [];
  const paragraphs: ParagraphPair[] = best.map(({ i, j }) => {
    const pa = a.paragraphs[i]!, pb = b.paragraphs[j]!;
    const same = pa.hash === pb.hash;
    const lcs = same || pa.words.length * pb.words.length > 4_000_000 ? null : lcsPairs(pa.words, pb.words);
    commonWords.push(lcs);
    const s = same ? 1 : lcs === null ? 0 : (2 * lcs.length) / (pa.words.length + pb.words.length);
    shared += (s * (pa.words.length + pb.words.length)) / 2;
    return { a: { start: pa.start, end: pa.end }, b: { start: pb.start, end: pb.end }, similarity: round(s), match: same ? 'same' : 'changed' };
  });
  const similarity = (2 * shared) / (wa + wb);
  const unmatched = { a: last.i - first.i + 1 - best.length, b: last.j - first.j + 1 - best.length };
  const full = (c: number) => c >= ACCEPT.articleCoverage;
  const kind: CopyKind = full(coverage.a) && full(coverage.b) ? 'article' : full(coverage.a) || full(coverage.b) ? 'embedded' : 'partial';
  if (kind === 'partial' && similarity < ACCEPT.nearSimilarity) return null;
  return {
    a: { start: a.paragraphs[first.i]!.start, end: a.paragraphs[last.i]!.end },
    b: { start: b.paragraphs[first.j]!.start, end: b.paragraphs[last.j]!.end },
    aligned: best, common: commonWords, paragraphs, similarity: round(similarity), match: classify(similarity, paragraphs, unmatched), kind, unmatched,
    coverage: { a: round(coverage.a), b: round(coverage.b) }, alignedWords: bestWords,
    rule: reprint && Math.max(coverage.a, coverage.b) < ACCEPT.minCoverage ? 'reprint-block' : `${kind}-copy`,
  };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
