import type { DriftEdit } from '../../core/copy.js';
import type { Paragraph } from './02-paragraphs.js';

/**
 * Longest common subsequence of two word lists, as index pairs in order. The common head and
 * tail are matched first, so two copies that differ by a few words cost a small table only.
 */
export function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: Array<[number, number]> = [];
  for (let k = 0; k < head; k++) out.push([k, k]);
  const n = a.length - head - tail, m = b.length - head - tail, w = m + 1;
  if (n > 0 && m > 0) {
    const t = new Uint16Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
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
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  if (a.length * b.length > 4_000_000) return a.join(' ') === b.join(' ') ? 1 : 0;
  return (2 * lcsPairs(a, b).length) / (a.length + b.length);
}

const OPEN = '"“„«‹「';
const CLOSE = '"”»›」';

/** Ranges of `text[start, end)` inside double quotation marks (straight marks pair up in order). */
export function quoteRanges(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (open < 0 && OPEN.includes(c)) open = i;
    else if (open >= 0 && CLOSE.includes(c)) { out.push([open, i + 1]); open = -1; }
  }
  return out;
}

const inside = (ranges: Array<[number, number]>, s: number, e: number) => ranges.some(([qs, qe]) => s < qe && e > qs);

/** Word-level edits turning paragraph a into paragraph b, each flagged when it falls inside a quotation. */
export function driftOf(textA: string, pa: Paragraph, textB: string, pb: Paragraph, common?: Array<[number, number]>): DriftEdit[] {
  if (pa.hash === pb.hash) return [];
  let quotes: [Array<[number, number]>, Array<[number, number]>] | null = null;
  const inQuotes = (aS: number, aE: number, bS: number, bE: number) => {
    quotes ??= [quoteRanges(textA, pa.start, pa.end), quoteRanges(textB, pb.start, pb.end)];
    return inside(quotes[0], aS, aE) || inside(quotes[1], bS, bE);
  };
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
