import type { Article, ArticleField } from '../../core/article.js';
import type { Document } from '../../core/document.js';
import { createDocument, withLayer } from '../../core/document.js';
import { message } from '../../core/diagnostics.js';
import { sha256Hex } from '../../core/hash.js';

export interface ArticleSpec {
  readonly title?: string;
  readonly body: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly url?: string;
  /** Text after the body, inside the article, labelled as boilerplate (so not searchable). */
  readonly clutter?: string;
}

/**
 * A document whose text is each article's title and body, one after another, with an
 * `articles` layer pointing at them and a little of every other layer, so round trips cover it all.
 */
export function makeDocument(seed: string, articles: readonly ArticleSpec[], mediaType = 'text/html'): Document {
  let text = '';
  const layer: Article[] = [];
  const id = `d_${sha256Hex(seed).slice(0, 24)}`;
  articles.forEach((spec, index) => {
    const start = text.length;
    const title = spec.title !== undefined ? field(spec.title, text.length, 'title-heading') : null;
    if (spec.title !== undefined) text += `${spec.title}\n\n`;
    text += `${spec.body}\n\n`;
    const clutterStart = text.length;
    if (spec.clutter !== undefined) text += `${spec.clutter}\n\n`;
    const boilerplate = spec.clutter !== undefined
      ? [{ start: clutterStart, end: clutterStart + spec.clutter.length, by: 'articles.v1', rule: 'test', label: 'share' as const }]
      : [];
    layer.push({
      id: `a_${id.slice(2)}_${index}`, document: id, start, end: text.length - 2, by: 'articles.v1', rule: 'test',
      title, date: meta(spec.date, 'jsonld:NewsArticle.datePublished'), author: meta(spec.author, 'meta:author'),
      outlet: meta(spec.outlet, 'meta:og:site_name'), url: meta(spec.url, 'link:canonical'),
      boilerplate,
    });
  });
  const doc = createDocument({
    origin: { uri: `file:///in/${seed}.html`, mediaType, sha256: sha256Hex(seed), byteLength: text.length + 40, encoding: 'utf-8', encodingSource: 'meta', url: `https://example.org/${seed}` },
    text,
    sourceMap: { segments: [[0, text.length, 20, 20 + text.length]] },
    hints: [{ field: 'title', value: articles[0]?.title ?? '', source: 'meta:og:title', raw: { start: 3, end: 9 } }],
    blocks: [{ start: 0, end: text.length, by: 'ingest.html', rule: 'body', kind: 'paragraph' }],
    messages: [message('ingest.html', 'no-charset', 'no charset declared', { span: { start: 0, end: 1 } })],
  });
  return withLayer(withLayer(doc, 'articles', layer), 'sentences', [{ start: 0, end: 1, by: 'sentences.v1', rule: 'test' }]);
}

function field(value: string, start: number, rule: string): ArticleField {
  return { value, start, end: start + value.length, source: 'text', rule };
}

function meta(value: string | undefined, source: string): ArticleField | null {
  return value === undefined ? null : { value, source, rule: 'test' };
}
