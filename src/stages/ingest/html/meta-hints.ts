import type { HintField, MetaHint } from '../../../core/document.js';
import { attrValueSpan } from './attr-span.js';
import { cleanAuthorName } from './author-name.js';
import { attr, textOf, type RawTree } from './raw-tree.js';

/** `<meta>` names and properties (lower-cased) that carry a field. */
const META_FIELDS: ReadonlyMap<string, HintField> = new Map<string, HintField>([
  ['og:title', 'title'], ['twitter:title', 'title'], ['parsely-title', 'title'], ['sailthru.title', 'title'], ['dc.title', 'title'], ['title', 'title'],
  ['article:published_time', 'date'], ['og:published_time', 'date'], ['date', 'date'], ['pubdate', 'date'], ['publishdate', 'date'], ['publish-date', 'date'],
  ['publish_date', 'date'], ['parsely-pub-date', 'date'], ['sailthru.date', 'date'], ['dc.date', 'date'], ['dc.date.issued', 'date'], ['dcterms.created', 'date'],
  ['dcterms.date', 'date'], ['article.published', 'date'], ['original-publish-date', 'date'], ['datepublished', 'date'], ['citation_publication_date', 'date'],
  ['article:author', 'author'], ['author', 'author'], ['parsely-author', 'author'], ['sailthru.author', 'author'], ['dc.creator', 'author'], ['byl', 'author'],
  ['citation_author', 'author'], ['twitter:creator', 'author'],
  ['og:site_name', 'outlet'], ['application-name', 'outlet'], ['og:url', 'url'], ['og:description', 'description'], ['description', 'description'],
  ['og:locale', 'language'], ['content-language', 'language'],
]);

/** Lower is more reliable: OpenGraph and article:* before generic names. */
function rank(key: string): number {
  if (key.startsWith('og:') || key.startsWith('article:')) return 0;
  if (key.startsWith('parsely') || key.startsWith('sailthru') || key.startsWith('dc')) return 1;
  return key.startsWith('twitter:') ? 3 : 2;
}

/** Hints from meta tags, link rel=canonical, time elements, html lang and the title element. */
export function metaHints(tree: RawTree): MetaHint[] {
  const ranked: Array<{ hint: MetaHint; rank: number }> = [];
  const add = (field: HintField, value: string, source: string, r: number, raw?: { start: number; end: number }): void => {
    const v = (field === 'author' ? cleanAuthorName(value) : value).replace(/\s+/g, ' ').trim();
    if (v) ranked.push({ hint: { field, value: v, source, ...(raw ? { raw } : {}) }, rank: r });
  };
  for (const el of tree.elements) {
    if (el.name === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')).toLowerCase();
      const field = META_FIELDS.get(key);
      if (field) add(field, attr(el, 'content'), `meta:${key}`, rank(key), attrValueSpan(tree.raw, el, 'content'));
    } else if (el.name === 'link' && attr(el, 'rel').toLowerCase().split(/\s+/).includes('canonical')) {
      add('url', attr(el, 'href'), 'link:canonical', 2, attrValueSpan(tree.raw, el, 'href'));
    } else if (el.name === 'time' && attr(el, 'datetime')) {
      add('date', attr(el, 'datetime'), 'time:datetime', 4, attrValueSpan(tree.raw, el, 'datetime'));
    } else if (el.name === 'html' && attr(el, 'lang')) {
      add('language', attr(el, 'lang'), 'html:lang', 2, attrValueSpan(tree.raw, el, 'lang'));
    } else if (el.name === 'title') {
      const first = el.children[0];
      const last = el.children[el.children.length - 1];
      const raw = first?.startIndex != null && last?.endIndex != null ? { start: first.startIndex, end: last.endIndex + 1 } : undefined;
      add('title', textOf(el, new Set()), 'html:title', 5, raw);
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.hint);
}
