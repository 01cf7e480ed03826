/**
 * One timeline of statements (quotes and attributions, placed on their article's date) and dated
 * events (date expressions, placed on the days they resolve to, with their sentence), for the
 * corpus or for one entity: its quotes, what is credited to it, and dated sentences that mention it.
 * Quotes are read through the store, so users' corrections hold: a rejected quote is left out,
 * a quote given to another speaker carries that speaker (and leaves an entity it no longer names).
 */
import type { Article } from '../core/article.js';
import type { DateExpression, Granularity } from '../core/date-expression.js';
import { getLayer, type Document } from '../core/document.js';
import type { Entity } from '../core/entity.js';
import type { Attribution, Quote } from '../core/quote.js';
import type { Span } from '../core/span.js';
import { fold } from '../entities/name-keys.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import type { QuoteSummary, Store } from '../store/store.js';

export interface TimelineItem {
  readonly kind: 'quote' | 'attribution' | 'event';
  /** The first day it is placed on (YYYY-MM-DD): sorts and filters the timeline. */
  readonly day: string;
  readonly lastDay: string;
  /** As resolved: the article date for statements, the date expression's value for events. */
  readonly date: string;
  readonly granularity: Granularity;
  readonly document: string;
  readonly article: string;
  /** The statement, or the event's sentence. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For events: the date words the day comes from. */
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string } | null;
  readonly who: string | null;
  readonly outlet: string | null;
  /** The quote's or attribution's id (what the reader marks it by); null for events. */
  readonly ref: string | null;
}

export interface TimelineQuery {
  readonly entity?: Entity;
  /** With `entity`: more quote ids to count as the entity's (quotes its mentions do not speak but a caller matched by speaker name). */
  readonly quotes?: ReadonlySet<string>;
  readonly from?: string;
  readonly to?: string;
}

interface Focus { readonly quotes: Set<string>; readonly names: Set<string>; readonly spans: Map<string, Span[]> }

function focusOf(entity: Entity, mentions: readonly EntityMentionRow[]): Focus {
  const spans = new Map<string, Span[]>();
  for (const m of mentions) spans.set(m.document, [...(spans.get(m.document) ?? []), m]);
  return { quotes: new Set(mentions.flatMap((m) => m.quotes)), names: new Set([entity.name, ...entity.aliases.map((a) => a.name)].map(fold)), spans };
}

/** The document's quotes as the store reads them, corrections applied, by id. */
async function correctedQuotes(store: Store, doc: Document): Promise<Map<string, QuoteSummary>> {
  const out = new Map<string, QuoteSummary>();
  for (const a of getLayer<Article>(doc, 'articles')) for (const q of await store.listQuotes({ article: a.id })) out.set(q.id, q);
  return out;
}

function itemsOf(doc: Document, focus: Focus | null, quotes: ReadonlyMap<string, QuoteSummary>): TimelineItem[] {
  const articles = new Map(getLayer<Article>(doc, 'articles').map((a) => [a.id, a]));
  const base = (article: string, s: Span) => ({ document: doc.id, article, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end).replace(/\s+/g, ' '), outlet: articles.get(article)?.outlet?.value ?? null });
  const out: TimelineItem[] = [];
  const statement = (kind: 'quote' | 'attribution', article: string, s: Span & { id: string }, who: string | null) => {
    const date = articles.get(article)?.date?.value;
    if (date) out.push({ kind, day: date, lastDay: date, date, granularity: 'day', evidence: null, who, ...base(article, s), ref: s.id });
  };
  for (const q of getLayer<Quote>(doc, 'quotes')) {
    const read = quotes.get(q.id);
    if (!read) continue;
    if (focus && !(focus.quotes.has(q.id) && (!read.corrected || (read.speaker !== null && focus.names.has(fold(read.speaker)))))) continue;
    statement('quote', q.article, q, read.speaker);
  }
  for (const a of getLayer<Attribution>(doc, 'attributions')) if (!focus || focus.names.has(fold(a.source.name))) statement('attribution', a.article, a, a.source.name);
  const mine = focus?.spans.get(doc.id) ?? [];
  for (const d of getLayer<DateExpression>(doc, 'dates')) {
    if (focus && !mine.some((m) => d.sentence.start <= m.start && m.end <= d.sentence.end)) continue;
    out.push({ kind: 'event', day: d.from, lastDay: d.to, date: d.value, granularity: d.granularity, evidence: { start: d.start, end: d.end, text: doc.text.slice(d.start, d.end) }, who: null, ...base(d.article, d.sentence), ref: null });
  }
  return out;
}

export async function buildTimeline(store: Store, query: TimelineQuery = {}): Promise<TimelineItem[]> {
  let items: TimelineItem[] = [];
  if (query.entity) {
    const mentions = await store.listEntityMentions({ entity: query.entity.id });
    const focus = focusOf(query.entity, mentions);
    for (const id of query.quotes ?? []) focus.quotes.add(id);
    for (const id of new Set(mentions.map((m) => m.document))) {
      const doc = await store.getDocument(id);
      if (doc) items.push(...itemsOf(doc, focus, await correctedQuotes(store, doc)));
    }
  } else {
    const quotes = new Map((await store.listQuotes()).map((q) => [q.id, q]));
    for await (const doc of store.documents()) items.push(...itemsOf(doc, null, quotes));
  }
  items = items.filter((i) => (query.from === undefined || i.lastDay >= query.from) && (query.to === undefined || i.day <= query.to));
  const order = { attribution: 1, quote: 1, event: 0 } as const;
  return items.sort((a, b) => a.day.localeCompare(b.day) || order[a.kind] - order[b.kind] || a.document.localeCompare(b.document) || a.start - b.start);
}
