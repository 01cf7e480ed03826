import type { Element } from 'domhandler';
import type { RawTree } from './raw-tree.js';
import { textOf } from './raw-tree.js';

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the heading's words found in the title (a heading may drop the " | Site" suffix). */
function overlap(heading: string, title: string): number {
  const h = words(heading);
  if (h.length === 0) return 0;
  const t = new Set(words(title));
  return h.filter((w) => t.has(w)).length / Math.max(h.length, t.size * 0.5);
}

/**
 * The element the headline text is taken from, so it keeps a span: the h1-h3 that best matches the
 * titles the page declares (readability's title, og:title, JSON-LD headline), h1 first; failing
 * that the page's only h1.
 */
export function findHeadline(tree: RawTree, titles: readonly string[], inMain: (el: Element) => boolean): Element | null {
  const refs = titles.filter((t) => t.trim().length > 0);
  let best: Element | null = null;
  let bestScore = 0.6;
  const h1s: Element[] = [];
  for (const el of tree.elements) {
    if (!/^h[1-3]$/.test(el.name)) continue;
    if (el.name === 'h1') h1s.push(el);
    const text = textOf(el);
    if (text.length < 3 || text.length > 300) continue;
    const score = Math.max(0, ...refs.map((r) => overlap(text, r))) + (el.name === 'h1' ? 0.05 : 0) + (inMain(el) ? 0.02 : 0);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best) return best;
  const only = h1s.filter((h) => textOf(h).length >= 3);
  return only.length === 1 ? only[0]! : null;
}
