/**
 * Step 01: the units the tagger reads in one article: its headline (when the articles stage found
 * one in the text) and every body sentence, each as tokens with offsets into the document text.
 * The article is one document for the tagger's document-level features and consistency pass.
 */
import type { Article } from '../../core/article.js';
import type { Sentence } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { tokenize, type Token } from './tokenize.js';

/** Longest unit the tagger reads at once: sentence splitting failures (tables, lists) are cut into pieces this long. */
const MAX_TOKENS = 200;

export function articleUnits(text: string, article: Article, sentences: readonly Sentence[]): Token[][] {
  const spans: Span[] = [];
  const t = article.title;
  if (t?.start !== undefined && t.end !== undefined) spans.push({ start: t.start, end: t.end });
  for (const s of sentences) if (s.article === article.id) spans.push(s);
  const out: Token[][] = [];
  for (const s of spans) {
    const tokens = tokenize(text, s);
    for (let i = 0; i < tokens.length; i += MAX_TOKENS) out.push(tokens.slice(i, i + MAX_TOKENS));
  }
  return out.filter((u) => u.length > 0);
}
