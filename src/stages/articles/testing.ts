/** Test helpers for the articles stage: documents from strings, and failures that show spans in context. */
import assert from 'node:assert/strict';
import type { Article, ArticleField } from '../../core/article.js';
import { createDocument, type Block, type Document, type MetaHint } from '../../core/document.js';
import { sha256Hex } from '../../core/hash.js';
import { showSpan } from '../../core/span.js';

export function makeDoc(text: string, options: { mediaType?: string; blocks?: Block[]; hints?: MetaHint[] } = {}): Document {
  return createDocument({
    origin: { uri: 'test://dump', mediaType: options.mediaType ?? 'text/plain', sha256: sha256Hex(text), byteLength: Buffer.byteLength(text), encoding: 'utf-8' },
    text,
    blocks: options.blocks ?? [],
    hints: options.hints ?? [],
  });
}

export function titles(articles: readonly Article[]): (string | null)[] {
  return articles.map((a) => a.title?.value ?? null);
}

/** All article spans, shown in context: what a failing test prints. */
export function showArticles(text: string, articles: readonly Article[]): string {
  return articles.map((a, i) => `#${i} title=${JSON.stringify(a.title?.value)} ${showSpan(text, { start: a.start, end: Math.min(a.end, a.start + 80) }, 20)}`).join('\n');
}

/** Asserts a field's value, and that its span slices to `spanText` when given. */
export function assertField(text: string, field: ArticleField | null, value: string | null, spanText?: string): void {
  const where = field?.start !== undefined ? showSpan(text, { start: field.start, end: field.end! }) : '(no span)';
  assert.equal(field?.value ?? null, value, `field ${JSON.stringify(field)} at ${where}`);
  if (spanText !== undefined) assert.equal(text.slice(field!.start!, field!.end!), spanText, `span ${where}`);
}
