import type { Element } from 'domhandler';
import { classifyClutter } from './classify-clutter.js';
import { textOf, type RawTree } from './raw-tree.js';

const MAX_BYLINE_CHARS = 200;

/**
 * Bylines and datelines between the headline and the main content. Readability lifts the byline
 * out of the article (into its metadata) and drops it; we keep such lines in the text, after the
 * headline, marked as byline/dateline blocks, so the author and date have a span.
 */
export function findArticleHeader(tree: RawTree, headline: Element, isKept: (el: Element) => boolean): Element[] {
  const from = (tree.ordinalOf.get(headline) ?? 0) + 1;
  const firstKept = tree.elements.findIndex((el, i) => i >= from && isKept(el));
  const to = firstKept < 0 ? Math.min(tree.elements.length, from + 200) : firstKept;
  const out: Element[] = [];
  let insideUntil = -1;
  for (let i = from; i < to; i++) {
    const el = tree.elements[i]!;
    if ((el.startIndex ?? 0) <= insideUntil || (headline.endIndex ?? 0) >= (el.startIndex ?? 0)) continue;
    const mark = classifyClutter(el);
    if (!mark || (mark.kind !== 'byline' && mark.kind !== 'dateline')) continue;
    const text = textOf(el);
    if (text.length === 0 || text.length > MAX_BYLINE_CHARS) continue;
    out.push(el);
    insideUntil = el.endIndex ?? 0;
  }
  return out;
}
