import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import type { Block, BlockKind } from '../../../core/document.js';
import { showSpan } from '../../../core/span.js';

export function loadPage(name: string): string {
  return readFileSync(new URL(`./test-pages/${name}`, import.meta.url), 'utf8');
}

/** The first block of a kind whose text contains `needle`; fails with the blocks of that kind shown. */
export function blockWith(text: string, blocks: readonly Block[], kind: BlockKind, needle: string): Block {
  const found = blocks.find((b) => b.kind === kind && text.slice(b.start, b.end).includes(needle));
  if (!found) {
    const shown = blocks.filter((b) => b.kind === kind).map((b) => showSpan(text, b)).join('\n  ');
    assert.fail(`no ${kind} block contains "${needle}"; ${kind} blocks:\n  ${shown || '(none)'}`);
  }
  return found;
}

export function assertNotInText(text: string, needle: string): void {
  const at = text.indexOf(needle);
  if (at >= 0) assert.fail(`text should not contain "${needle}": ${showSpan(text, { start: at, end: at + needle.length })}`);
}
