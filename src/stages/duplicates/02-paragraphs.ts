import type { Article } from '../../core/article.js';
import { bodySpans } from '../../core/article.js';
import { PARAGRAPHS } from './rules.js';
import { hashString, wordsOf, type Words } from './01-words.js';

/** A paragraph of an article body: its span, its normalised words, and a hash of those words. */
export interface Paragraph extends Words {
  readonly start: number;
  readonly end: number;
  /** Hash of the normalised words (hex): equal for copies that differ only in punctuation, quotes or spacing. */
  readonly hash: string;
}

const BLANK_LINE = /\n[ \t\u00a0\r]*\n/g;

function splitSpan(text: string, start: number, end: number, pattern: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = start;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(pattern)) {
    out.push([at, start + m.index]);
    at = start + m.index + m[0].length;
  }
  out.push([at, end]);
  return out;
}

/** Hex of two independent 32-bit hashes: 64 bits, enough that unrelated paragraphs never collide in practice. */
export function paragraphHash(words: readonly string[]): string {
  const joined = words.join(' ');
  const h1 = hashString(joined);
  const h2 = hashString(`${joined.length}|${joined}`);
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * The paragraphs of an article body (title and boilerplate left out): blank-line separated; a
 * body with no blank lines but several lines (one sentence a line) is split at line breaks.
 */
export function paragraphsOf(text: string, article: Article): Paragraph[] {
  let pieces = bodySpans(article).flatMap((s) => splitSpan(text, s.start, s.end, BLANK_LINE));
  if (pieces.length === 1) {
    const lines = splitSpan(text, pieces[0]![0], pieces[0]![1], /\n/g);
    if (lines.length >= 4) pieces = lines;
  }
  const out: Paragraph[] = [];
  for (const [s, e] of pieces) {
    const w = wordsOf(text, s, e);
    if (w.words.length === 0) continue;
    const start = s + (text.slice(s, e).length - text.slice(s, e).trimStart().length);
    const end = s + text.slice(s, e).trimEnd().length;
    out.push({ ...w, start, end, hash: paragraphHash(w.words) });
    if (out.length >= PARAGRAPHS.maxParagraphs) break;
  }
  return out;
}
