import { parseDocument } from 'htmlparser2';
import type { ChildNode, Document as DomDocument, Element } from 'domhandler';

/**
 * The page parsed by htmlparser2 with start/end indices, so every node knows the raw range it
 * came from. Elements are numbered in document order (their ordinal), which is how the nodes a
 * content selector keeps are tied back to this tree.
 */
export interface RawTree {
  readonly raw: string;
  readonly root: DomDocument;
  /** Elements in document order; an element's ordinal is its index here. */
  readonly elements: readonly Element[];
  readonly ordinalOf: ReadonlyMap<Element, number>;
  /** Deepest element nesting, to keep recursive libraries away from pathological pages. */
  readonly maxDepth: number;
}

export function parseRaw(raw: string): RawTree {
  const root = parseDocument(raw, { withStartIndices: true, withEndIndices: true });
  const elements: Element[] = [];
  const ordinalOf = new Map<Element, number>();
  // Iterative walk: pages with 10k nested divs must not overflow the stack.
  const stack: Array<[ChildNode, number]> = [...root.children].reverse().map((c) => [c, 1]);
  let maxDepth = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isElement(node)) continue;
    ordinalOf.set(node, elements.length);
    elements.push(node);
    if (depth > maxDepth) maxDepth = depth;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
  }
  return { raw, root, elements, ordinalOf, maxDepth };
}

/** htmlparser2 gives script and style their own node types; all three are elements. */
export function isElement(node: ChildNode | DomDocument): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Plain text of an element's subtree (no block awareness), for scoring and matching. */
export function textOf(el: Element, skip: ReadonlySet<string> = SKIP_TAGS): string {
  const out: string[] = [];
  const stack: ChildNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out.push(node.data);
    else if (isElement(node) && !skip.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements whose content is never text of the page. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'math', 'select', 'textarea', 'button']);

/** Descendant elements of `el` (not `el` itself) in document order. */
export function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
