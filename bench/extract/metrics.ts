/**
 * The two benchmarks' metrics, as their READMEs define them (the README of each corpus folder).
 * Tokens are Python `re` `\w+` matches: letters, digits (all of Unicode's N), underscore. Python's
 * `\w` does not match combining marks, so \p{M} is left out.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function counts<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** 4-token shingles with multiset counts; a text of 1-3 tokens is one shingle, an empty text none. */
function shingles(toks: readonly string[], n = 4): Map<string, number> {
  if (toks.length === 0) return new Map();
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) out.push(toks.slice(i, i + n).join('\u0001'));
  return counts(out);
}

export interface ShingleScore { tp: number; fp: number; fn: number; exact: boolean }

/** ScrapingHub per-page counts, normalised by their sum so every page weighs the same. */
export function shingleScore(truth: string, predicted: string): ShingleScore {
  const t = tokens(truth);
  const p = tokens(predicted);
  const ts = shingles(t);
  const ps = shingles(p);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...ts.keys(), ...ps.keys()])) {
    const a = ts.get(key) ?? 0;
    const b = ps.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  const exact = t.length === p.length && t.every((x, i) => x === p[i]);
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp: 1, fp: 0, fn: 0, exact };
}

export interface Prf { p: number; r: number; f1: number }

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Precision over pages that predicted something, recall over pages with truth; F1 of the two means. */
export function aggregateShingles(scores: readonly ShingleScore[]): Prf & { accuracy: number } {
  const p = mean(scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp)));
  const r = mean(scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn)));
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))) };
}

/** WCXB per-page bag-of-words P/R/F1 over lower-cased tokens. */
export function wordScore(truth: string, predicted: string): Prf {
  const t = tokens(truth.toLowerCase());
  const p = tokens(predicted.toLowerCase());
  if (t.length === 0 && p.length === 0) return { p: 1, r: 1, f1: 1 };
  if (t.length === 0 || p.length === 0) return { p: 0, r: 0, f1: 0 };
  const tc = counts(t);
  let overlap = 0;
  for (const [w, n] of counts(p)) overlap += Math.min(n, tc.get(w) ?? 0);
  const precision = overlap / p.length;
  const recall = overlap / t.length;
  return { p: precision, r: recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function meanPrf(scores: readonly Prf[]): Prf {
  return { p: mean(scores.map((s) => s.p)), r: mean(scores.map((s) => s.r)), f1: mean(scores.map((s) => s.f1)) };
}

/** Share of snippets found in the text, case-insensitive, white space collapsed; null without snippets. */
export function snippetShare(text: string, snippets: readonly string[]): number | null {
  if (snippets.length === 0) return null;
  const hay = text.toLowerCase().replace(/\s+/g, ' ');
  return snippets.filter((s) => hay.includes(s.toLowerCase().replace(/\s+/g, ' ').trim())).length / snippets.length;
}

export { mean };
