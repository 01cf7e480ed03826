import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { RawTree } from './raw-tree.js';

export interface MainSelection {
  /** Ordinals (see RawTree) of the elements readability kept in the article. */
  readonly kept: ReadonlySet<number>;
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

/** Runs @mozilla/readability on linkedom over the tagged page; null when it finds no article. */
export function selectMain(tree: RawTree): MainSelection | null {
  const doc = new DOMParser().parseFromString(tagOrdinals(tree), 'text/html');
  const article = new Readability(doc as unknown as Document).parse();
  if (!article || !article.content) return null;
  const kept = new Set<number>();
  for (const m of article.content.matchAll(/<[^>]*>/g)) {
    for (const a of m[0].matchAll(/\sdata-pt(\d+)(?=[\s=/>])/g)) kept.add(Number(a[1]));
  }
  return {
    kept,
    title: article.title ?? '',
    byline: article.byline ?? '',
    publishedTime: article.publishedTime ?? '',
    siteName: article.siteName ?? '',
  };
}
