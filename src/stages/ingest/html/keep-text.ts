import type { Element } from 'domhandler';
import { isElement, type RawTree } from './raw-tree.js';
import { normaliseText, type MainSelection } from './select-main.js';

/**
 * Decides, text node by text node, what readability kept. A text node whose parent element is
 * in the output is kept. Readability also unwraps elements (a div holding a single paragraph is
 * replaced by it, without its attributes), so a text node whose parent vanished is kept when an
 * ancestor survived and readability's output holds a text node with the same text (each one
 * claimed once, in page order).
 */
export function keepTextPredicate(tree: RawTree, selection: MainSelection): (parent: Element | null, data: string) => boolean {
  const left = new Map(selection.texts);
  const claim = (data: string): boolean => {
    const t = normaliseText(data);
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    return n > 0;
  };
  const isKept = (el: Element): boolean => selection.kept.has(tree.ordinalOf.get(el) ?? -1);
  const ancestorKept = new Map<Element, boolean>();
  // Iterative with a cache: pages may nest thousands of levels deep.
  const hasKeptAncestor = (el: Element): boolean => {
    const chain: Element[] = [];
    let at: Element | null = el;
    let result = false;
    while (at) {
      const cached = ancestorKept.get(at);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      chain.push(at);
      const parent: Element | null = at.parent && isElement(at.parent) ? at.parent : null;
      if (parent && isKept(parent)) {
        result = true;
        break;
      }
      at = parent;
    }
    for (const c of chain) ancestorKept.set(c, result);
    return result;
  };
  return (parent, data) => {
    if (parent === null) return false;
    if (isKept(parent)) {
      claim(data);
      return true;
    }
    return hasKeptAncestor(parent) && claim(data);
  };
}
