import type { Block } from '../../../core/document.js';

/** A byline or dateline longer than this is a container that happens to carry the class name. */
const MAX_LINE_CHARS = 200;
/** A paragraph this long with a sentence break reads as article prose, not clutter. */
const PROSE_CHARS = 120;
const MAX_PROSE_IN_CLUTTER = 1;

function isProse(text: string, b: Block): boolean {
  if (b.kind !== 'paragraph' && b.kind !== 'blockquote' && b.kind !== 'list-item') return false;
  const t = text.slice(b.start, b.end);
  return t.length >= PROSE_CHARS && /[.!?:;]["”’)]?\s/.test(t);
}

/**
 * Drops marks the class names got wrong: wrappers such as `<div class="article-body has-ads">` or
 * `<section class="post-author-layout">` hold the story itself. A clutter region that holds more
 * than one prose paragraph or more than half the text is not clutter (comments aside: they are prose).
 */
export function refineBlocks(text: string, blocks: readonly Block[]): Block[] {
  const prose = blocks.filter((b) => isProse(text, b));
  return blocks.filter((b) => {
    if (b.kind === 'byline' || b.kind === 'dateline') return b.end - b.start <= MAX_LINE_CHARS;
    if (b.kind !== 'boilerplate' && !(b.kind === 'caption' && b.rule !== 'figcaption')) return true;
    if (b.label === 'comments') return b.end - b.start < text.length * 0.5;
    const inside = prose.filter((p) => p.start >= b.start && p.end <= b.end).length;
    return inside <= MAX_PROSE_IN_CLUTTER && b.end - b.start < text.length * 0.5;
  });
}
