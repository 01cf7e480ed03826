import type { DriftEdit } from '../../core/copy.js';
import type { Paragraph } from './02-paragraphs.js';

let scratch = new Uint16Array(1 << 16);

/** A reused table of at least `size` cells (the LCS runs once per aligned paragraph pair; allocating each time costs more than the fill). */
function table(size: number): Uint16Array {
  if (scratch.length < size) scratch = new Uint16Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/**
 * Longest common subsequence of two word lists, as index pairs in order. The common head and
 * tail are matched first, so two copies that differ by a few words cost a small table only.
 */
export function lcsPairs<T extends string | number>(a: ArrayLike<T>, b: ArrayLike<T>): Array<[number, number]> {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: Array<[number, number]> = [];
  for (let k = 0; k < head; k++) out.push([k, k]);
  const n = a.length - head - tail, m = b.length - head - tail, w = m + 1;
  if (n > 0 && m > 0) {
    const t = table((n + 1) * w);
    t.fill(0, n * w, (n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      t[i * w + m] = 0;
      for (let j = m - 1; j >= 0; j--) {
        t[i * w + j] = a[head + i] === b[head + j] ? t[(i + 1) * w + j + 1]! + 1 : Math.max(t[(i + 1) * w + j]!, t[i * w + j + 1]!);
      }
    }
    for (let i = 0, j = 0; i < n && j < m;) {
      if (a[head + i] === b[head + j]) { out.push([head + i, head + j]); i++; j++; } else if (t[(i + 1) * w + j]! >= t[i * w + j + 1]!) i++; else j++;
    }
  }
  for (let k = tail; k > 0; k--) out.push([a.length - k, b.length - k]);
  return out;
}

/** 2·LCS / (|a| + |b|) over words: 1 for the same words, falling with each word changed. */
export function wordSimilarity<T extends string | number>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  if (a.length * b.length > 4_000_000) return a.length === b.length && Array.prototype.every.call(a, (x: T, i: number) => x === b[i]) ? 1 : 0;
  return (2 * lcsPairs(a, b).length) / (a.length + b.length);
}

/** Whether `[s, e)` overlaps one of the flattened quote ranges. */
function inside(ranges: Uint32Array, s: number, e: number): boolean {
  for (let k = 0; k + 1 < ranges.length; k += 2) if (s < ranges[k + 1]! && e > ranges[k]!) return true;
  return false;
}

/** Word-level edits turning paragraph a into paragraph b, each flagged when it falls inside a quotation (the paragraphs' quote ranges). */
export function driftOf(pa: Paragraph, pb: Paragraph, common?: Array<[number, number]>): DriftEdit[] {
  if (pa.hash === pb.hash) return [];
  const inQuotes = (aS: number, aE: number, bS: number, bE: number) => inside(pa.quotes, aS, aE) || inside(pb.quotes, bS, bE);
  const pairs = common ?? (pa.words.length * pb.words.length > 4_000_000 ? [] : lcsPairs(pa.words, pb.words));
  const out: DriftEdit[] = [];
  let i = 0, j = 0;
  for (const [ni, nj] of [...pairs, [pa.words.length, pb.words.length] as [number, number]]) {
    if (ni > i || nj > j) {
      const aS = ni > i ? pa.starts[i]! : (i > 0 ? pa.ends[i - 1]! : pa.start);
      const aE = ni > i ? pa.ends[ni - 1]! : aS;
      const bS = nj > j ? pb.starts[j]! : (j > 0 ? pb.ends[j - 1]! : pb.start);
      const bE = nj > j ? pb.ends[nj - 1]! : bS;
      const op = ni === i ? 'insert' : nj === j ? 'delete' : 'replace';
      out.push({ op, a: { start: aS, end: aE }, b: { start: bS, end: bE }, inQuote: inQuotes(aS, Math.max(aE, aS + 1), bS, Math.max(bE, bS + 1)) });
    }
    i = ni + 1; j = nj + 1;
  }
  return out;
}
