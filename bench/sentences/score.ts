/** Boundary precision, recall and F1: a boundary is the end offset of a sentence that is not the passage's last. */
import type { SentenceCase } from './cases.js';

/** End offsets of sentences given as strings, found in order in the text (white space trimmed). */
export function boundariesOf(text: string, sentences: readonly string[]): number[] {
  const ends: number[] = [];
  let cursor = 0;
  for (const raw of sentences) {
    const s = raw.trim();
    if (!s) continue;
    const at = text.indexOf(s, cursor);
    if (at < 0) continue; // a library that rewrote the text: that sentence's boundary is lost
    cursor = at + s.length;
    ends.push(cursor);
  }
  const last = text.trimEnd().length;
  return ends.filter((e) => e < last);
}

export function boundaryF1(cases: readonly SentenceCase[], split: (text: string) => readonly string[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const got = new Set(boundariesOf(c.text, split(c.text)));
    const gold = new Set(c.boundaries);
    for (const b of got) if (gold.has(b)) tp++; else fp++;
    for (const b of gold) if (!got.has(b)) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
