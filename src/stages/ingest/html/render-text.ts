import type { BlockKind } from '../../../core/document.js';
import type { ChildNode, Element, ParentNode } from 'domhandler';
import { classifyClutter } from './classify-clutter.js';
import { isElement, SKIP_TAGS } from './raw-tree.js';
import { BLOCK_TAGS, INHERITED_KINDS } from './rules.js';
import type { TextBuilder } from './text-builder.js';

export interface RenderOptions {
  /** Whether the text directly inside this element belongs to the output. */
  keepText(parent: Element | null, data: string): boolean;
  /** Elements rendered elsewhere (the headline) or not at all. */
  readonly skip?: ReadonlySet<Element>;
  /** Mark bylines, datelines, captions and clutter as blocks. */
  readonly markClutter: boolean;
}

interface Context {
  readonly kind: BlockKind;
  readonly rule: string;
  readonly level?: number;
  readonly pre: boolean;
  readonly inBoilerplate: boolean;
}

type Step = { node: ChildNode; ctx: Context } | { exit: () => void };

/**
 * Walks a subtree and writes its text into the builder, block by block. Iterative, with explicit
 * exit steps, so 10k levels of nesting cost heap, not stack.
 */
export function renderText(root: ParentNode, builder: TextBuilder, options: RenderOptions): void {
  const top: Context = { kind: 'paragraph', rule: isElement(root) ? root.name : 'root', pre: false, inBoilerplate: false };
  const stack: Step[] = isElement(root) ? [{ node: root, ctx: top }] : [...root.children].reverse().map((node) => ({ node, ctx: top }));
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      step.exit();
      continue;
    }
    const { node, ctx } = step;
    if (node.type === 'text') {
      const parent = node.parent && isElement(node.parent) ? node.parent : null;
      if (options.keepText(parent, node.data)) {
        builder.addText(node.data, node.startIndex ?? 0, (node.endIndex ?? -1) + 1, ctx.pre);
      }
      continue;
    }
    if (!isElement(node) || SKIP_TAGS.has(node.name) || options.skip?.has(node)) continue;
    if (node.name === 'br') {
      if (options.keepText(node.parent && isElement(node.parent) ? node.parent : null, '')) builder.lineBreak();
      continue;
    }
    const inner = enterElement(node, ctx, builder, options, stack);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, ctx: inner });
  }
  builder.endBlock(top.kind, top.rule);
}

function enterElement(el: Element, ctx: Context, builder: TextBuilder, options: RenderOptions, stack: Step[]): Context {
  let inner = ctx;
  const tagKind = BLOCK_TAGS.get(el.name);
  const exits: Array<() => void> = [];
  if (tagKind) {
    builder.endBlock(ctx.kind, ctx.rule, ctx.level);
    const kind = tagKind === 'paragraph' && INHERITED_KINDS.has(ctx.kind) ? ctx.kind : tagKind;
    const level = tagKind === 'heading' ? Number(el.name.slice(1)) : undefined;
    inner = { kind, rule: kind === tagKind ? el.name : ctx.rule, ...(level ? { level } : {}), pre: ctx.pre || el.name === 'pre', inBoilerplate: ctx.inBoilerplate };
    exits.push(() => builder.endBlock(inner.kind, inner.rule, inner.level));
  }
  const mark = options.markClutter && !ctx.inBoilerplate ? classifyClutter(el) : null;
  if (mark) {
    const region = builder.openRegion();
    const kind = mark.kind;
    inner = { ...inner, inBoilerplate: kind === 'boilerplate' };
    // Captions from figcaption already get their kind from the block tag table.
    if (!(kind === 'caption' && tagKind === 'caption')) exits.unshift(() => builder.closeRegion(region, kind, mark.rule, mark.label));
  }
  if (exits.length > 0) stack.push({ exit: () => exits.forEach((f) => f()) });
  return inner;
}
