import type { DriftEdit } from '../../core/copy.js';
import type { Paragraph } from './02-paragraphs.js';

let scratch = new Uint16Array(1 << 16);

/** A reused table of at least `size` cells (the LCS runs once per aligned paragraph pair; allocating each time costs more than the fill). */
function table(size: number): Uint16Array {
  if (scratch.length < size) scratch = new Uint16Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/**
 * Myers' greedy diff of a[off, off+n) and b[off, off+m): the matched index pairs (relative to
 * off) of a shortest insert/delete script, which is a longest common subsequence. It costs
 * (n + m)·D for D edits, far less than the n·m table when copies differ by a few words; null
 * when D passes maxD (the table is then cheaper).
 */
function myersPairs<T>(a: ArrayLike<T>, b: ArrayLike<T>, off: number, n: number, m: number, maxD: number): Array<[number, number]> | null {
  const max = n + m, o = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    trace.push(v.slice(o - d - 1, o + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[o + k - 1]! < v[o + k + 1]!) ? v[o + k + 1]! : v[o + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[off + x] === b[off + y]) { x++; y++; }
      v[o + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

/** The snakes of Myers' path, read back from the saved frontiers (trace[d] holds V before step d, for k in [-d-1, d+1]). */
function backtrack(trace: readonly Int32Array[], last: number, n: number, m: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let x = n, y = m;
  for (let d = last; d > 0; d--) {
    const vd = trace[d]!, at = (k: number) => vd[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK), prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; out.push([x, y]); }
    x = prevX; y = prevY;
  }
  while (x > 0 && y > 0) { x--; y--; out.push([x, y]); }
  return out.reverse();
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
  const few = n > 0 && m > 0 ? myersPairs(a, b, head, n, m, Math.floor((n * m) / (2 * (n + m)))) : null;
  if (few) for (const [i, j] of few) out.push([head + i, head + j]);
  else if (n > 0 && m > 0) {
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
