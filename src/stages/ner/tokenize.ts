/**
 * Word tokens with offsets, cut the way CoNLL-2003 cuts Reuters text (the tagger was trained on
 * that): punctuation apart, "U.S." and "p.m." whole, hyphenated words whole, the clitic "'s" and
 * "n't" apart. Offsets are UTF-16 `[start, end)` into the text given.
 */
import type { Span } from '../../core/span.js';

export interface Token extends Span {
  readonly text: string;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}`, // U.S. p.m. R.R.
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // an initial before a name: John F. Kennedy
    String.raw`\d+(?:[.,:/]\d+)*(?:-\d+(?:[.,:/]\d+)*)*%?`, // 3.5 1,200 10:30 1996-08-22 3-1
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-&][\p{L}\p{M}\p{N}]+)*(?=n['’]t\b)`, // does|n't
    String.raw`n['’]t\b`,
    String.raw`['’](?:s|S|re|ve|ll|d|m)\b`, // clitics apart: Smith|'s
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-&][\p{L}\p{M}\p{N}]+|['’](?!(?:s|S|re|ve|ll|d|m)\b)[\p{L}\p{M}\p{N}]+)*`, // words, O'Brien, Tiga-Bukit
    String.raw`\.{2,}|[-–—]{2,}`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/** Tokens of text[range) (the whole text by default). */
export function tokenize(text: string, range: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}
