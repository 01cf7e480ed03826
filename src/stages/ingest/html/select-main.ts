import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { classifyClutter } from './classify-clutter.js';
import { textOf, type RawTree } from './raw-tree.js';

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

/** Readability's own flags (0.6): strip unlikely candidates, weight classes, clean conditionally. */
const FLAG_STRIP_UNLIKELYS = 1;
const FLAG_WEIGHT_CLASSES = 2;
const FLAG_CLEAN_CONDITIONALLY = 4;
const ALL_FLAGS = 7;
/** Readability retries with fewer flags below this many characters (its `charThreshold`). */
const CHAR_THRESHOLD = 500;
/** Below this share of the page's story paragraphs, readability's pick may have lost part of the story. */
const LOW_COVERAGE = 0.7;
/** The pick without conditional cleaning replaces the first one only when it keeps this many times the story text. */
const RESCUE_GAIN = 2;

type Article = NonNullable<ReturnType<Readability<Element>['parse']>>;

/**
 * One readability run on a fresh parse. Readability retries with fewer flags itself, but on
 * linkedom its retry restores the page from serialised HTML, which loses content; so every attempt
 * here gets a fresh parse and sets the flags directly (a private field of readability 0.6).
 */
function runReadability(tagged: string, flags: number): Article | null {
  const doc = new DOMParser().parseFromString(tagged, 'text/html');
  const reader = new Readability<Element>(doc as unknown as Document, { serializer: (el) => el as Element, charThreshold: 0 });
  const internals = reader as unknown as { _flags?: number };
  if (typeof internals._flags === 'number') internals._flags = flags;
  const article = reader.parse();
  return article && article.content ? article : null;
}

const textLength = (a: Article | null): number => (a?.textContent ?? '').trim().length;

/**
 * Characters of text in the page's <p> elements outside boilerplate (comments, related stories,
 * footers marked by class): roughly what the story on the page holds at most. With `kept`, only
 * the paragraphs a pick kept are counted.
 */
function storyParagraphChars(tree: RawTree, kept?: ReadonlySet<number>): number {
  let total = 0;
  let boilerplateUntil = -1;
  tree.elements.forEach((el, ordinal) => {
    const start = el.startIndex ?? 0;
    if (start <= boilerplateUntil) return;
    if (classifyClutter(el)?.kind === 'boilerplate') boilerplateUntil = el.endIndex ?? start;
    else if (el.name === 'p' && (!kept || kept.has(ordinal))) total += textOf(el).length;
  });
  return total;
}

/**
 * Readability's pick, with two rescues. A pick under its own threshold is retried without
 * stripping unlikely candidates, then also without weighting classes, then with no flags, as
 * readability itself does. A pick that holds little of the page's story paragraphs is compared
 * with the pick made without conditional cleaning, which drops whole sections of list-heavy guides
 * and reviews; that pick wins when it keeps at least twice the story paragraph text.
 */
function pickArticle(tree: RawTree): Article | null {
  const tagged = tagOrdinals(tree);
  let best = runReadability(tagged, ALL_FLAGS);
  for (const flags of [ALL_FLAGS & ~FLAG_STRIP_UNLIKELYS, ALL_FLAGS & ~FLAG_STRIP_UNLIKELYS & ~FLAG_WEIGHT_CLASSES, 0]) {
    if (textLength(best) >= CHAR_THRESHOLD) break;
    const retry = runReadability(tagged, flags);
    if (textLength(retry) > textLength(best)) best = retry;
  }
  if (!best) return null;
  const kept = collectKept(best.content!).kept;
  const story = storyParagraphChars(tree, kept);
  if (story < LOW_COVERAGE * storyParagraphChars(tree)) {
    const uncleaned = runReadability(tagged, ALL_FLAGS & ~FLAG_CLEAN_CONDITIONALLY);
    if (uncleaned && storyParagraphChars(tree, collectKept(uncleaned.content!).kept) >= RESCUE_GAIN * Math.max(story, 1)) best = uncleaned;
  }
  return best;
}

/** Runs @mozilla/readability on linkedom over the tagged page; null when it finds no article. */
export function selectMain(tree: RawTree): MainSelection | null {
  const article = pickArticle(tree);
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
