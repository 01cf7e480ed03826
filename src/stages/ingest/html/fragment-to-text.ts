import type { Block, SourceMap } from '../../../core/document.js';
import { parseRaw } from './raw-tree.js';
import { renderText } from './render-text.js';
import { TextBuilder } from './text-builder.js';

/**
 * For HTML fragments inside feeds (RSS content:encoded, Atom content): block-aware text of all of
 * it, no main-content selection. The source map points into the fragment string.
 */
export function htmlFragmentToText(html: string): { text: string; blocks: Block[]; sourceMap: SourceMap } {
  const raw = typeof html === 'string' ? html : '';
  const builder = new TextBuilder(raw);
  renderText(parseRaw(raw).root, builder, { keepText: () => true, markClutter: true });
  const blocks = [...builder.blocks].sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: builder.text, blocks, sourceMap: { segments: builder.segments } };
}
