import type { Element } from 'domhandler';
import type { HintField, MetaHint } from '../../../core/document.js';
import { message } from '../../../core/diagnostics.js';
import type { DocumentMessage } from '../../../core/diagnostics.js';
import type { Span } from '../../../core/span.js';
import { cleanAuthorName } from './author-name.js';
import { attr, type RawTree } from './raw-tree.js';

type Json = Record<string, unknown>;

/** Schema.org types whose fields describe the article on the page. */
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'ReviewNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting', 'Report', 'TechArticle', 'ScholarlyArticle', 'SocialMediaPosting', 'Blog', 'WebPage', 'Posting']);

function typesOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in the JSON-LD value: arrays and @graph flattened, in document order. */
function flatten(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Json);
    const graph = (value as Json)['@graph'];
    if (graph) flatten(graph, out);
  }
  return out;
}

function names(value: unknown, byId: ReadonlyMap<string, Json>): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId));
  if (value && typeof value === 'object') {
    const obj = value as Json;
    const ref = typeof obj['@id'] === 'string' ? byId.get(obj['@id']) : undefined;
    const name = obj['name'] ?? ref?.['name'];
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Json)['@id'] === 'string') return (value as Json)['@id'] as string;
  return undefined;
}

/** Field name, hint field, and how to read the value(s). */
const FIELDS: ReadonlyArray<readonly [string, HintField, (v: unknown, byId: ReadonlyMap<string, Json>) => string[]]> = [
  ['headline', 'title', (v) => (typeof v === 'string' ? [v] : [])],
  ['datePublished', 'date', (v) => (typeof v === 'string' ? [v] : [])],
  ['dateCreated', 'date', (v) => (typeof v === 'string' ? [v] : [])],
  ['author', 'author', names],
  ['creator', 'author', names],
  ['publisher', 'outlet', names],
  ['url', 'url', (v) => [urlOf(v)].filter((x): x is string => !!x)],
  ['mainEntityOfPage', 'url', (v) => [urlOf(v)].filter((x): x is string => !!x)],
  ['description', 'description', (v) => (typeof v === 'string' ? [v] : [])],
  ['inLanguage', 'language', (v) => (typeof v === 'string' ? [v] : [])],
];

function hintsOfNode(node: Json, type: string, byId: ReadonlyMap<string, Json>, find: (v: string) => Span | undefined): MetaHint[] {
  const out: MetaHint[] = [];
  for (const [key, field, read] of FIELDS) {
    for (const value of read(node[key], byId)) {
      const v = field === 'author' ? cleanAuthorName(value) : value.trim();
      if (!v) continue;
      const raw = find(v);
      out.push({ field, value: v, source: `jsonld:${type}.${key}${field === 'author' || field === 'outlet' ? (typeof node[key] === 'string' ? '' : '.name') : ''}`, ...(raw ? { raw } : {}) });
    }
  }
  return out;
}

/** Hints from `<script type="application/ld+json">` blocks; bad JSON becomes a message. */
export function jsonLdHints(tree: RawTree, messages: DocumentMessage[]): MetaHint[] {
  const nodes: Array<{ node: Json; script: Element }> = [];
  for (const el of tree.elements) {
    if (el.name !== 'script' || !/ld\+json/i.test(attr(el, 'type'))) continue;
    const body = el.children.map((c) => ('data' in c ? c.data : '')).join('');
    try {
      for (const node of flatten(JSON.parse(body.trim().replace(/^<!--|-->$/g, '')))) nodes.push({ node, script: el });
    } catch {
      messages.push(message('ingest.html', 'jsonld-invalid', 'a JSON-LD block is not valid JSON; its metadata was skipped'));
    }
  }
  const byId = new Map<string, Json>();
  for (const { node } of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const out: MetaHint[] = [];
  // Article types first, then the general page types, so the more reliable hints lead.
  for (const wantPage of [false, true]) {
    for (const { node, script } of nodes) {
      const type = typesOf(node).find((t) => ARTICLE_TYPES.has(t));
      if (!type || (type === 'WebPage' || type === 'Blog') !== wantPage) continue;
      const from = script.startIndex ?? 0;
      const to = script.endIndex ?? from;
      const find = (v: string): Span | undefined => {
        const i = tree.raw.indexOf(v, from);
        return i >= 0 && i + v.length <= to ? { start: i, end: i + v.length } : undefined;
      };
      out.push(...hintsOfNode(node, type, byId, find));
    }
  }
  return out;
}
