import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { RawTree } from './raw-tree.js';

export interface MainSelection {
  /** Ordinals (see RawTree) of the elements readability kept in the article. */
  readonly kept: ReadonlySet<number>;
  /** White-space-normalised text of each text node in readability's article, with counts. */
  readonly texts: ReadonlyMap<string, number>;
  readonly title: string;
  readonly byline: string;
  readonly publishedTime: string;
  readonly siteName: string;
}

const ATTR = 'data-pt';

/**
 * Gives every element a unique marker attribute (`data-pt17`) in a copy of the raw page. Readability
 * moves, renames and merges elements and copies attributes from one to another, but it keeps them:
 * so the set of marker names in its output is the set of original elements it kept.
 */
export function tagOrdinals(tree: RawTree): string {
  const { raw, elements } = tree;
  const out: string[] = [];
  let at = 0;
  elements.forEach((el, ordinal) => {
    const start = el.startIndex;
    if (start === null || start < at || raw[start] !== '<') return;
    const nameEnd = start + 1 + el.name.length;
    if (raw.slice(start + 1, nameEnd).toLowerCase() !== el.name) return;
    out.push(raw.slice(at, nameEnd), ` ${ATTR}${ordinal}`);
    at = nameEnd;
  });
  out.push(raw.slice(at));
  return out.join('');
}

export function normaliseText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Marker ordinals on the elements of readability's output, and its text nodes with counts. */
function collectKept(root: Node): { kept: Set<number>; texts: Map<string, number> } {
  const kept = new Set<number>();
  const texts = new Map<string, number>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = normaliseText(node.textContent ?? '');
      if (t) texts.set(t, (texts.get(t) ?? 0) + 1);
      continue;
    }
    if (node.nodeType !== 1) continue;
    for (const a of Array.from((node as Element).attributes)) if (a.name.startsWith(ATTR)) kept.add(Number(a.name.slice(ATTR.length)));
    for (const child of Array.from(node.childNodes)) stack.push(child);
  }
  return { kept, texts };
}

/** Runs @mozilla/readability on linkedom over the tagged page; null when it finds no article. */
export function selectMain(tree: RawTree): MainSelection | null {
  const doc = new DOMParser().parseFromString(tagOrdinals(tree), 'text/html');
  const article = new Readability<Element>(doc as unknown as Document, { serializer: (el) => el as Element }).parse();
  if (!article || !article.content) return null;
  const { kept, texts } = collectKept(article.content);
  return {
    kept,
    texts,
    title: article.title ?? '',
    byline: article.byline ?? '',
    publishedTime: article.publishedTime ?? '',
    siteName: article.siteName ?? '',
  };
}
