import { SNIPPET_MARKS } from '../store/store.js';

/** A search snippet cut into plain and matched parts, to be drawn as text and <mark> elements. */
export function snippetParts(snippet: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(SNIPPET_MARKS.open);
    const close = open < 0 ? -1 : rest.indexOf(SNIPPET_MARKS.close, open + 1);
    if (open < 0 || close < 0) { parts.push({ text: rest, match: false }); break; }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    parts.push({ text: rest.slice(open + 1, close), match: true });
    rest = rest.slice(close + 1);
  }
  return parts;
}
