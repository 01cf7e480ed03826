/**
 * Step 1: the text as non-blank lines with their spans and shape. Everything later works on
 * these lines; a line's span is trimmed (no surrounding white space, no Markdown markers).
 */
import type { Span } from '../../core/span.js';
import { HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS, SEPARATOR } from './rules.js';

export interface Line {
  readonly index: number;
  /** The whole trimmed line. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The line without Markdown heading/emphasis markers: what a title span covers. */
  readonly content: Span;
  readonly contentText: string;
  /** Blank lines between this line and the previous non-blank one (Infinity for the first). */
  readonly blankBefore: number;
  /** Markdown heading level (1–6), 0 if none. */
  readonly mdLevel: number;
  readonly words: number;
  readonly separator: boolean;
  readonly listItem: boolean;
  /** Whole line in quotation marks: a pull quote. */
  readonly quoted: boolean;
  /** Reads as prose: long enough, ends like a sentence. */
  readonly prose: boolean;
  /** Could be a headline by shape alone. */
  readonly headlineShape: boolean;
}

const NBSP_AND_SPACE = /[\s\u00a0\u2007\u202f\ufeff]/;

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = Number.POSITIVE_INFINITY;
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m !== null && m[0].length > 0; m = re.exec(text)) {
    const raw = trim(text, m.index, m.index + m[0].length);
    if (raw.start === raw.end) {
      blank = blank === Number.POSITIVE_INFINITY ? blank : blank + 1;
      continue;
    }
    out.push(makeLine(text, out.length, raw, blank));
    blank = 0;
  }
  return out;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && NBSP_AND_SPACE.test(text[start]!)) start++;
  while (end > start && NBSP_AND_SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

function makeLine(text: string, index: number, s: Span, blankBefore: number): Line {
  const lineText = text.slice(s.start, s.end);
  const separator = SEPARATOR.test(lineText);
  const md = separator ? null : /^(#{1,6})\s+/.exec(lineText);
  const mdLevel = md ? md[1]!.length : 0;
  const content = separator ? s : markerFree(text, s, md ? md[0].length : 0);
  const contentText = text.slice(content.start, content.end);
  const words = contentText.split(/\s+/).filter((w) => w.length > 0).length;
  const listItem = /^(?:[-*+•▪►–]\s+|\d{1,2}[.)]\s+)/.test(lineText) && mdLevel === 0;
  const quoted = /^["“«„'‘]/.test(contentText) && /["”»“'’]$/.test(contentText);
  const prose = isProse(contentText, words);
  const headlineShape = !separator && !listItem && !quoted && isHeadlineShape(contentText, words);
  return { index, start: s.start, end: s.end, text: lineText, content, contentText, blankBefore, mdLevel, words, separator, listItem, quoted, prose, headlineShape };
}

/** Strips a Markdown heading prefix, closing hashes and wrapping `**`/`__`/`*` emphasis. */
function markerFree(text: string, s: Span, prefix: number): Span {
  let start = s.start + prefix;
  let end = s.end;
  const closing = /\s+#+$/.exec(text.slice(start, end));
  if (closing) end -= closing[0].length;
  for (const mark of ['**', '__', '*', '_']) {
    if (end - start > 2 * mark.length && text.startsWith(mark, start) && text.slice(end - mark.length, end) === mark) {
      start += mark.length;
      end -= mark.length;
      break;
    }
  }
  return trim(text, start, end);
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

export function isProse(text: string, words: number): boolean {
  if (words >= 25) return true;
  return words >= 8 && SENTENCE_END.test(text);
}

export function isHeadlineShape(text: string, words: number): boolean {
  if (words === 0 || words > HEADLINE_MAX_WORDS || text.length > HEADLINE_MAX_CHARS || text.length < 3) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  if (/^https?:\/\//i.test(text)) return false;
  const first = /[\p{L}\p{N}]/u.exec(text);
  if (!first || /\p{Ll}/u.test(first[0])) return false;
  // Two sentences on one line are prose, not a headline.
  return !/[a-z]{2}[.!?]\s+[A-Z]/.test(text);
}

/** Lines of the text that lie inside a span. */
export function linesWithin(lines: readonly Line[], s: Span): Line[] {
  return lines.filter((l) => l.start >= s.start && l.end <= s.end);
}
