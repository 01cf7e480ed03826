/**
 * Word splitting shared by every backend, written to agree with SQLite FTS5's `unicode61`
 * tokenizer with `remove_diacritics 2`: letters, numbers and private-use characters make up
 * words (combining marks stay with their letter and are then folded away), everything else
 * separates them. "Don't" is two tokens, "don" and "t"; "U.S." is "u" and "s".
 */
const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

/** Case- and accent-folds one token the way the FTS index does. */
export function foldToken(token: string): string {
  return token.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The folded tokens of a text. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const folded = foldToken(m[0]);
    if (folded.length > 0) out.push(folded);
  }
  return out;
}

export interface PositionedToken {
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

/** Tokens with their UTF-16 offsets in `text`, for snippets. */
export function tokenizeWithOffsets(text: string): PositionedToken[] {
  const out: PositionedToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const folded = foldToken(m[0]);
    if (folded.length > 0) out.push({ token: folded, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
