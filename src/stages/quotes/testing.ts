/**
 * Helpers for tests and the benchmark: a plain-text document read as ONE article (the whole text,
 * the first line as its title when a blank line follows it), so quote tests do not depend on how
 * the articles stage splits short or title-less texts.
 */
import { articleId, type Article } from '../../core/article.js';
import { createDocument, getLayer, withLayer, type Document } from '../../core/document.js';
import { sha256Hex } from '../../core/hash.js';
import type { Attribution, Quote } from '../../core/quote.js';
import { silentContext } from '../../core/stage.js';
import { sentencesStage } from '../sentences/index.js';
import { quotesStage } from './index.js';

export function plainDocument(text: string, uri = 'test://article.txt'): Document {
  return createDocument({ origin: { uri, mediaType: 'text/plain', sha256: sha256Hex(text), byteLength: Buffer.byteLength(text), encoding: 'utf-8' }, text });
}

/** The document with an `articles` layer of one article spanning the whole text. */
export function asOneArticle(doc: Document, withTitle = true): Document {
  const firstLine = /^[^\n]+(?=\n\s*\n)/.exec(doc.text);
  const title = withTitle && firstLine && !/[.!?"”]$/.test(firstLine[0]) ? { value: firstLine[0], start: 0, end: firstLine[0].length, source: 'text', rule: 'first-line' } : null;
  const article: Article = {
    start: 0, end: doc.text.length, by: 'test.v1', rule: 'whole-text', id: articleId(doc.id, 0), document: doc.id,
    title, date: null, author: null, outlet: null, url: null, boilerplate: [],
  };
  return withLayer(doc, 'articles', [article]);
}

/** Sentences and quotes of `text` read as one article. */
export function quotesOf(text: string, withTitle = true): { doc: Document; quotes: readonly Quote[]; attributions: readonly Attribution[] } {
  const doc = quotesStage.run(sentencesStage.run(asOneArticle(plainDocument(text), withTitle), silentContext), silentContext);
  return { doc, quotes: getLayer<Quote>(doc, 'quotes'), attributions: getLayer<Attribution>(doc, 'attributions') };
}
