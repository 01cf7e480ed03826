import type { Element } from 'domhandler';
import type { Block, MetaHint, SourceMap } from '../../../core/document.js';
import { message, type DocumentMessage } from '../../../core/diagnostics.js';
import { collectHints } from './collect-hints.js';
import { findArticleHeader } from './article-header.js';
import { findHeadline } from './find-headline.js';
import { findPosts, postsHoldMainText } from './find-posts.js';
import { parseRaw, type RawTree } from './raw-tree.js';
import { refineBlocks } from './refine-blocks.js';
import { keepTextPredicate } from './keep-text.js';
import { renderText } from './render-text.js';
import { selectByParagraphs, tooBigForReadability } from './select-fallback.js';
import { selectMain, type MainSelection } from './select-main.js';
import { textDateHints } from './text-date-hints.js';
import { BY, TextBuilder } from './text-builder.js';

export interface HtmlReadResult {
  text: string;
  sourceMap: SourceMap;
  hints: MetaHint[];
  blocks: Block[];
  messages: DocumentMessage[];
}

const SOURCE = 'ingest.html';

function safeSelect(tree: RawTree, messages: DocumentMessage[]): MainSelection | null {
  if (tooBigForReadability(tree)) {
    messages.push(message(SOURCE, 'page-too-large', 'the page is too large or too deeply nested for readability; the densest block of paragraphs was used'));
    return selectByParagraphs(tree);
  }
  try {
    const selection = selectMain(tree);
    if (!selection) messages.push(message(SOURCE, 'no-main-content', 'readability found no article on the page; the whole body was used'));
    return selection;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    messages.push(message(SOURCE, 'readability-failed', `main-content selection failed (${reason}); the whole body was used`));
    return null;
  }
}

/** Writes the headline first, as one heading block, so it leads the text whatever its place in the page. */
function renderHeadline(headline: Element, builder: TextBuilder): void {
  const region = builder.openRegion();
  const before = builder.blocks.length;
  renderText(headline, builder, { keepText: () => true, markClutter: false });
  builder.blocks.splice(before);
  const level = /^h[1-6]$/.test(headline.name) ? Number(headline.name.slice(1)) : 1;
  builder.closeRegion(region, 'heading', 'headline');
  const block = builder.blocks[builder.blocks.length - 1];
  if (block && block.rule === 'headline') builder.blocks[builder.blocks.length - 1] = { ...block, level };
  builder.endBlock('heading', 'headline');
}

function renderPosts(tree: RawTree, posts: readonly Element[], builder: TextBuilder): void {
  for (const post of posts) {
    const region = builder.openRegion();
    renderText(post, builder, { keepText: () => true, markClutter: true });
    builder.closeRegion(region, 'post', post.name === 'article' ? 'multi-post:article' : 'multi-post:class');
  }
}

function renderMain(tree: RawTree, selection: MainSelection | null, hints: readonly MetaHint[], builder: TextBuilder): void {
  const keepText = selection ? keepTextPredicate(tree, selection) : () => true;
  const inMain = (el: Element): boolean => !selection || selection.kept.has(tree.ordinalOf.get(el) ?? -1);
  const titles = [selection?.title ?? '', ...hints.filter((h) => h.field === 'title').map((h) => h.value)];
  const headline = findHeadline(tree, titles.slice(0, 4), inMain);
  const header = headline ? findArticleHeader(tree, headline, inMain) : [];
  if (headline) renderHeadline(headline, builder);
  for (const el of header) renderText(el, builder, { keepText: () => true, markClutter: true });
  const body = tree.elements.find((el) => el.name === 'body');
  renderText(selection || !body ? tree.root : body, builder, { keepText, markClutter: true, skip: new Set(headline ? [headline, ...header] : []) });
}

/** Pure: reads a decoded HTML page into block-aware main-content text, blocks, hints and a source map. Never throws. */
export function readHtml(html: string, options: { url?: string } = {}): HtmlReadResult {
  const messages: DocumentMessage[] = [];
  const raw = typeof html === 'string' ? html : String(html ?? '');
  void options;
  if (raw.trim() === '') return { text: '', sourceMap: { segments: [] }, hints: [], blocks: [], messages: [message(SOURCE, 'empty-input', 'the page is empty', { fatal: true })] };
  if (/[\u0000-\u0008\u000e-\u001f]/.test(raw.slice(0, 4096))) messages.push(message(SOURCE, 'binary-input', 'the page contains control characters; it may not be HTML'));
  const tree = parseRaw(raw);
  const candidates = findPosts(tree);
  const selection = safeSelect(tree, messages);
  const posts = selection && !postsHoldMainText(tree, candidates, selection.kept) ? [] : candidates;
  const hints = collectHints(tree, selection, messages);
  const builder = new TextBuilder(raw);
  if (posts.length > 0) renderPosts(tree, posts, builder);
  else renderMain(tree, selection, hints, builder);
  const text = builder.text;
  if (text.trim() === '') messages.push(message(SOURCE, 'no-text', 'no text was found on the page', { fatal: true }));
  const blocks = refineBlocks(text, builder.blocks).sort((a, b) => a.start - b.start || b.end - a.end);
  const sourceMap: SourceMap = { segments: builder.segments };
  return { text, sourceMap, hints: [...hints, ...textDateHints(text, blocks)], blocks, messages };
}

export { BY };
