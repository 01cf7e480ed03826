import type { Element } from 'domhandler';
import { attr, descendants, textOf, type RawTree } from './raw-tree.js';

/** Class names blogs and CMSs give each post on archive, tag and home pages. */
const POST_CLASSES = new Set(['post', 'hentry', 'entry', 'blog-post', 'type-post']);
/** A post shorter than this is a teaser (listing pages), not a full post. */
export const MIN_POST_CHARS = 400;
const MIN_POSTS = 2;

function isPostCandidate(el: Element): boolean {
  if (el.name === 'article') return true;
  return attr(el, 'class').toLowerCase().split(/\s+/).some((c) => POST_CLASSES.has(c));
}

function isFullPost(el: Element): boolean {
  const inside = descendants(el);
  if (!inside.some((d) => /^h[1-4]$/.test(d.name))) return false;
  const paragraphs = inside.filter((d) => d.name === 'p' && textOf(d).length >= 80).length;
  return paragraphs >= 2 && textOf(el).length >= MIN_POST_CHARS;
}

/**
 * The full posts of an archive, tag or home page, in page order: the outermost post elements
 * that each have a heading and substantial text. Empty unless there are at least two, so single
 * articles and teaser listings go through main-content selection instead.
 */
export function findPosts(tree: RawTree): Element[] {
  const outermost: Element[] = [];
  let insideUntil = -1;
  for (const el of tree.elements) {
    const start = el.startIndex ?? 0;
    if (start <= insideUntil || !isPostCandidate(el)) continue;
    outermost.push(el);
    insideUntil = el.endIndex ?? start;
  }
  const full = outermost.filter(isFullPost);
  return full.length >= MIN_POSTS ? full : [];
}

/**
 * Whether readability's pick lies mostly inside the posts. When it does not, the "posts" are
 * sections or teasers beside a single article (a podcast list under a story, an article built of
 * <article> sections) and the page is read as one article.
 */
export function postsHoldMainText(tree: RawTree, posts: readonly Element[], kept: ReadonlySet<number>): boolean {
  let inside = 0;
  let total = 0;
  for (const ordinal of kept) {
    const el = tree.elements[ordinal];
    if (!el) continue;
    const own = el.children.reduce((n, c) => n + (c.type === 'text' ? c.data.trim().length : 0), 0);
    total += own;
    const at = el.startIndex ?? -1;
    if (posts.some((p) => (p.startIndex ?? 0) <= at && at <= (p.endIndex ?? -1))) inside += own;
  }
  return total === 0 || inside / total >= 0.5;
}
