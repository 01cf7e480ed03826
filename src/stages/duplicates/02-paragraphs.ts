import type { Article } from '../../core/article.js';
import { bodySpans } from '../../core/article.js';
import { BOILERPLATE_CUES, PARAGRAPHS } from './rules.js';
import { mix32, wordHashesOf } from './01-words.js';

/**
 * A paragraph of an article body as copy detection keeps it: its span, its normalised words as
 * hashes (with their spans), a hash of those words, where its quotations are, and whether it is
 * an outlet's standing text. Everything verification and drift need, so an indexed article is
 * never re-read or re-tokenised to be compared (see entry-bytes.ts).
 */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  /** Hash of the normalised words (hex): equal for copies that differ only in punctuation, quotes or spacing. */
  readonly hash: string;
  /** Hashes of the normalised words (01-words hashString), in order. */
  readonly words: Uint32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Ranges inside double quotation marks, flattened `[start, end, start, end, …]`: drift flags the changes inside them. */
  readonly quotes: Uint32Array;
  /** The paragraph has a cue of standing text (BOILERPLATE_CUES: newsletter, copyright, contact lines). */
  readonly standing: boolean;
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

/**
 * Hex of two independent 32-bit hashes over the word hashes and the word count: 64 bits, enough
 * that unrelated paragraphs never collide in practice.
 */
export function paragraphHash(words: Uint32Array): string {
  let h1 = 0x2545f491, h2 = mix32(words.length + 0x9e3779b9);
  for (let i = 0; i < words.length; i++) {
    h1 = mix32(Math.imul(h1, 31) ^ words[i]!);
    h2 = Math.imul(h2 ^ mix32(words[i]! + 0x7f4a7c15), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + mix32(h2).toString(16).padStart(8, '0');
}

const isOpen = (c: number) => c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x2039 || c === 0x300c;
const isClose = (c: number) => c === 34 || c === 0x201d || c === 0xbb || c === 0x203a || c === 0x300d;

/** Ranges of `text[start, end)` inside double quotation marks (straight marks pair up in order), flattened. */
export function quoteRanges(text: string, start: number, end: number): Uint32Array {
  const out: number[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (open < 0 && isOpen(c)) open = i;
    else if (open >= 0 && isClose(c)) { out.push(open, i + 1); open = -1; }
  }
  return Uint32Array.from(out);
}

const STANDING = new RegExp(BOILERPLATE_CUES.map((r) => r.source).join('|'), 'i');
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 11 || c === 12 || c === 0x1680 || c === 0x202f || c === 0x205f;

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
    const w = wordHashesOf(text, s, e);
    if (w.hashes.length === 0) continue;
    let start = s, end = e;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    out.push({
      start, end, hash: paragraphHash(w.hashes), words: w.hashes, starts: w.starts, ends: w.ends,
      quotes: quoteRanges(text, start, end), standing: STANDING.test(text.slice(start, end)),
    });
    if (out.length >= PARAGRAPHS.maxParagraphs) break;
  }
  return out;
}
