import type { Block } from '../../src/core/document.js';
import type { Span } from '../../src/core/span.js';

/** Block kinds that are not article body: the benchmarks annotate the body only. */
export const NOT_BODY = new Set(['boilerplate', 'caption', 'byline', 'dateline']);

/** The text minus the headline block and minus blocks that are not body, blank-line joined. */
export function bodyOf(text: string, blocks: readonly Block[], cut: ReadonlySet<string> = NOT_BODY): string {
  const cuts: Span[] = blocks.filter((b) => cut.has(b.kind) || b.rule === 'headline').sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const c of cuts) {
    if (c.start > at) out.push(text.slice(at, c.start));
    at = Math.max(at, c.end);
  }
  out.push(text.slice(at));
  return out.map((s) => s.trim()).filter(Boolean).join('\n\n');
}
