import { tokenize } from '../search/tokens.js';

/** PostgreSQL's limits on a tsvector: positions stop at 16383, a lexeme keeps 256 of them. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_BYTES = 2_046;
/** A tsvector must stay under 1 MB; past this many bytes of distinct words the rest are left out. */
const MAX_LEXEME_TOTAL = 512 * 1024;

/**
 * The tsvector text for one article, built here rather than by to_tsvector so that words are
 * split and folded by the same `tokenize` as SQLite's FTS5 index and the memory store: a query
 * matches the same articles in every backend. Title words weigh A, body words B (ranking), and
 * the body starts one position after a gap so a phrase cannot run from the title into the body,
 * as FTS5 keeps its columns apart.
 */
export function searchVector(title: string, body: string): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  let bytes = 0;
  const add = (text: string, weight: 'A' | 'B') => {
    for (const token of tokenize(text)) {
      position = Math.min(position + 1, MAX_POSITION);
      let list = positions.get(token);
      if (list === undefined) {
        const size = Buffer.byteLength(token);
        if (size > MAX_LEXEME_BYTES || bytes + size > MAX_LEXEME_TOTAL) continue;
        bytes += size;
        list = [];
        positions.set(token, list);
      }
      const entry = `${position}${weight}`;
      if (list.length < MAX_POSITIONS_PER_LEXEME && list[list.length - 1] !== entry) list.push(entry);
    }
  };
  add(title, 'A');
  position = Math.min(position + 1, MAX_POSITION);
  add(body, 'B');
  return [...positions].map(([token, list]) => `${quoteLexeme(token)}:${list.join(',')}`).join(' ');
}

/** A lexeme in tsvector/tsquery input syntax: single-quoted, with quotes and backslashes escaped. */
export function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
