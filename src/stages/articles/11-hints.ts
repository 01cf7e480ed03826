/**
 * Step 11: metadata first. For a document that is one article, a hint (JSON-LD, OpenGraph,
 * meta, feed or record field) wins over the text for title, date, author, outlet and URL.
 * When the text says the same thing, the field keeps the text's span as its evidence. On a
 * page with several posts the page's hints do not describe each post; only the outlet does.
 */
import type { ArticleField } from '../../core/article.js';
import type { HintField, MetaHint } from '../../core/document.js';
import { normalizeDate } from './02-dateline.js';

export interface Fields {
  readonly title: ArticleField | null;
  readonly date: ArticleField | null;
  readonly author: ArticleField | null;
  readonly outlet: ArticleField | null;
  readonly url: ArticleField | null;
}

/** Structured data before feed/record fields before OpenGraph before plain meta tags. */
const SOURCE_RANK: readonly RegExp[] = [/^jsonld:/i, /^(?:record|feed):/i, /^(?:meta:)?og:/i, /^meta:/i];

function rank(hint: MetaHint): number {
  const r = SOURCE_RANK.findIndex((re) => re.test(hint.source));
  return r === -1 ? SOURCE_RANK.length : r;
}

function bestHint(hints: readonly MetaHint[], name: HintField): { value: string; source: string } | null {
  const sorted = hints.filter((h) => h.field === name && h.value.trim().length > 0).sort((a, b) => rank(a) - rank(b));
  for (const h of sorted) {
    const value = name === 'date' ? normalizeDate(h.value) : h.value.replace(/\s+/g, ' ').trim();
    if (value) return { value, source: h.source };
  }
  return null;
}

const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

function agrees(name: HintField, hint: string, text: string): boolean {
  const h = norm(hint);
  const t = norm(text);
  if (name === 'title') return h === t || (t.length >= 12 && h.startsWith(t));
  if (name === 'url') return h.replace(/\/$/, '') === t.replace(/\/$/, '');
  return h === t;
}

/** A page's <title> element usually carries the site name and a cut headline: the text's own headline beats it. */
const WEAK_TITLE_SOURCES = /^html:title$/i;

function merge(name: HintField, hints: readonly MetaHint[], text: ArticleField | null): ArticleField | null {
  const hint = bestHint(hints, name);
  if (!hint) return text;
  if (name === 'title' && text && WEAK_TITLE_SOURCES.test(hint.source)) return text;
  if (text && agrees(name, hint.value, text.value)) return { ...text, rule: `${text.rule}+agrees-with-${hint.source}` };
  return { value: hint.value, source: hint.source, rule: `hint-${name}` };
}

export function applyHints(fields: Fields, hints: readonly MetaHint[], singleArticle: boolean): Fields {
  if (!singleArticle) return { ...fields, outlet: fields.outlet ?? merge('outlet', hints, null) };
  return {
    title: merge('title', hints, fields.title),
    date: merge('date', hints, fields.date),
    author: merge('author', hints, fields.author),
    outlet: merge('outlet', hints, fields.outlet),
    url: merge('url', hints, fields.url),
  };
}
