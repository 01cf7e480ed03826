import { perOutletMonth } from './per-outlet-month.js';
import type { Correction } from '../core/correction.js';
import type { Entity } from '../core/entity.js';
import { entityQuotes } from '../service/entity-quotes.js';
import { keepDistinct } from '../store/copies/distinct-quotes.js';
import type { EntityMentionRow } from '../store/entity-rows.js';
import { speakerKey } from '../store/quote-rows.js';
import type { QuoteSummary, Store } from '../store/store.js';

/** Quotes read per name when quotes are matched by speaker name. */
const MAX_NAMED_QUOTES = 5000;

/** Documents whose article titles are read for one page of the mention list. */
const TITLE_DOCUMENTS = 100;

/** One mention as the entity page links it: its span (the reader's `ent:START-END` mark) and words. */
export interface EntityMentionLink {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly source: EntityMentionRow['source'];
}

/** The articles that mention the entity, each with its mentions. */
export interface EntityArticle {
  readonly article: string;
  readonly document: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly mentions: readonly EntityMentionLink[];
}

export interface EntityView {
  readonly entity: Entity;
  /** Mentions per outlet per month (YYYY-MM; `undated` for articles without a date). */
  readonly byOutlet: ReadonlyArray<{ readonly outlet: string; readonly periods: Readonly<Record<string, number>> }>;
  /** Quotes by this entity counted once per copy cluster (a reprint of the same words is one quote). */
  readonly quotesTotal: number;
  /** Quotes before that counting: every copy's quote. */
  readonly quotesAll: number;
  readonly quotes: readonly QuoteSummary[];
  readonly articlesTotal: number;
  readonly articles: readonly EntityArticle[];
  /** Entity corrections made on it or that shaped it, undone ones included, oldest first. */
  readonly corrections: readonly Correction[];
  readonly offset: number;
}

/** Mentions grouped by article, oldest article first (undated last). */
function groupByArticle(rows: readonly EntityMentionRow[]): Array<Omit<EntityArticle, 'title'>> {
  const groups = new Map<string, Omit<EntityArticle, 'title'> & { mentions: EntityMentionLink[] }>();
  for (const r of rows) {
    const key = r.article ?? r.document;
    const g = groups.get(key) ?? { article: key, document: r.document, date: r.date, outlet: r.outlet, mentions: [] };
    g.mentions.push({ start: r.start, end: r.end, text: r.text, source: r.source });
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.article.localeCompare(b.article));
}

/** Titles of the listed articles: one article listing per document. */
async function withTitles(store: Store, page: ReadonlyArray<Omit<EntityArticle, 'title'>>): Promise<EntityArticle[]> {
  const documents = [...new Set(page.map((a) => a.document))].slice(0, TITLE_DOCUMENTS);
  const titles = new Map<string, string | null>();
  for (const list of await Promise.all(documents.map((document) => store.listArticles({ document, limit: 500 })))) {
    for (const a of list) titles.set(a.id, a.title);
  }
  return page.map((a) => ({ ...a, title: titles.get(a.article) ?? null }));
}

/**
 * The entity's quotes: those its mentions speak (the entities step's link) unless a correction
 * gave them another speaker, and those in its articles whose speaker is one of its names exactly
 * (a speaker named with a lower-case title, "said councillor Mara Lindqvist", is not linked to the
 * tagger's mention; a correction may name it), in date order.
 */
export async function quotesOf(store: Store, entity: Entity, rows: readonly EntityMentionRow[]): Promise<QuoteSummary[]> {
  const names = [...new Set([entity.name, ...entity.aliases.map((a) => a.name)].map(speakerKey))];
  // A quote whose speaker a user corrected to someone else is no longer this entity's.
  const linked = (await entityQuotes(store, rows)).filter((q) => !q.corrected || (q.speaker !== null && names.includes(speakerKey(q.speaker))));
  const articles = new Set(rows.map((r) => r.article));
  const seen = new Set(linked.map((q) => q.id));
  const named = (await Promise.all(names.map((name) => store.listQuotes({ speaker: name, limit: MAX_NAMED_QUOTES }))))
    .flat().filter((q) => q.speaker !== null && names.includes(speakerKey(q.speaker)) && articles.has(q.article) && !seen.has(q.id) && (seen.add(q.id), true));
  return [...linked, ...named].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document) || a.start - b.start);
}

/** Entity corrections that shaped this entity (its `corrections`) or were made on it (`target`). */
async function correctionsOf(store: Store, entity: Entity): Promise<Correction[]> {
  const mine = new Set(entity.corrections);
  return (await store.listCorrections({ includeUndone: true })).filter((c) => c.kind.startsWith('entity.') && (mine.has(c.id) || c.target === entity.id));
}

/**
 * One entity's page: its mentions read once give the chart and the article list; its quotes
 * are counted once per copy cluster (keepDistinct, as `quotes --distinct` counts).
 */
export async function entityView(store: Store, entity: Entity, limit: number, offset: number): Promise<EntityView> {
  const rows = await store.listEntityMentions({ entity: entity.id });
  const all = await quotesOf(store, entity, rows);
  const quotes = await keepDistinct(store, all);
  const articles = groupByArticle(rows);
  return {
    entity, byOutlet: perOutletMonth(rows),
    quotesTotal: quotes.length, quotesAll: all.length, quotes: quotes.slice(offset, offset + limit),
    articlesTotal: articles.length, articles: await withTitles(store, articles.slice(offset, offset + limit)),
    corrections: await correctionsOf(store, entity), offset,
  };
}
