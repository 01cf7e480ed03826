import type { Element } from 'domhandler';
import { descendants, isElement, textOf, type RawTree } from './raw-tree.js';
import type { MainSelection } from './select-main.js';

/** Pages past these limits skip readability: its cost grows faster than linearly with size and depth. */
export const READABILITY_LIMITS = { maxElements: 25_000, maxDepth: 250, maxChars: 3_000_000 } as const;

export function tooBigForReadability(tree: RawTree): boolean {
  return tree.elements.length > READABILITY_LIMITS.maxElements || tree.maxDepth > READABILITY_LIMITS.maxDepth || tree.raw.length > READABILITY_LIMITS.maxChars;
}

/**
 * A linear-time stand-in for readability on pathological pages: the element whose direct
 * paragraphs hold the most text, with everything inside it. Null when the page has no paragraphs.
 */
export function selectByParagraphs(tree: RawTree): MainSelection | null {
  const score = new Map<Element, number>();
  for (const el of tree.elements) {
    if (el.name !== 'p' || !el.parent || !isElement(el.parent)) continue;
    const length = textOf(el).length;
    if (length >= 40) score.set(el.parent, (score.get(el.parent) ?? 0) + length);
  }
  let best: Element | null = null;
  for (const [el, s] of score) if (!best || s > score.get(best)!) best = el;
  if (!best) return null;
  const kept = new Set<number>([best, ...descendants(best)].map((el) => tree.ordinalOf.get(el) ?? -1));
  return { kept, texts: new Map(), title: '', byline: '', publishedTime: '', siteName: '' };
}
