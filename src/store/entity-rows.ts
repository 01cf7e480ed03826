import type { Article } from '../core/article.js';
import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import type { Entity, EntityKind } from '../core/entity.js';
import type { EntityType, Mention } from '../core/mention.js';
import type { Quote } from '../core/quote.js';
import type { Role } from '../core/role.js';

/** The title of a role that covers a mention, as the mention's row keeps it. */
export interface MentionRole {
  readonly title: string;
  readonly org: string | null;
  readonly party: string | null;
  readonly state: string | null;
  readonly former: boolean;
  readonly start: number;
  readonly end: number;
}

/**
 * What every backend indexes for one name in a document: the span, the name as read (a speaker's
 * computed name, else the words), its kind, the quotes it speaks, the role the text gives it, and
 * its article's date and outlet. Derived from the `mentions`, `roles` and `quotes` layers when a
 * document is stored; `entity` is filled in by the entities corpus step.
 */
export interface EntityMentionRow {
  readonly document: string;
  readonly article: string | null;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly name: string;
  readonly kind: EntityKind;
  /** Which layer it came from: `mentions` (the tagger), `roles`, or `quotes` (a speaker). */
  readonly source: 'mentions' | 'roles' | 'quotes';
  readonly rule: string;
  readonly quotes: readonly string[];
  readonly role: MentionRole | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly entity: string | null;
}

export interface EntityQuery {
  readonly kind?: EntityKind;
  /** Name or alias contains this, case-insensitively. */
  readonly name?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** What the entities step writes: entities new or changed, entities gone, and mentions whose entity changed. */
export interface EntityChanges {
  readonly upsert: readonly Entity[];
  readonly remove: readonly string[];
  readonly assign: ReadonlyArray<{ readonly document: string; readonly ordinal: number; readonly entity: string | null }>;
}

const KINDS: Readonly<Record<EntityType, EntityKind>> = { PERSON: 'person', ORG: 'org', LOC: 'place', MISC: 'misc' };

type Draft = Omit<EntityMentionRow, 'ordinal' | 'date' | 'outlet' | 'entity' | 'document'> & { quotes: string[]; role: MentionRole | null };

const isName = (s: string) => /^\p{Lu}/u.test(s.trim()) && !/^(?:He|She|They|It|We|I)$/.test(s.trim());

/**
 * Speakers named by a common noun ("Police said", "Authorities said", "Officials told"): a group of
 * people, not a named organisation, whatever the capital letter at the start of the sentence.
 */
const GENERIC_SPEAKERS = /^(?:police|authorities|officials|prosecutors|investigators|doctors|witnesses|residents|researchers|scientists|experts|analysts|sources|critics|organisers|organizers|officers|rescuers|firefighters|protesters|activists|lawyers|the\s.*|a\s.*|an\s.*)$/i;

function roleOf(r: Role): MentionRole {
  return { title: r.title, org: r.org, party: r.party, state: r.state, former: r.former, start: r.start, end: r.end };
}

/** The draft whose span a span falls in or holds, else null. */
function findDraft(drafts: readonly Draft[], s: { start: number; end: number }): Draft | undefined {
  return drafts.find((d) => d.start < s.end && s.start < d.end);
}

export function entityMentionRows(doc: Document): EntityMentionRow[] {
  const drafts: Draft[] = [];
  for (const m of getLayer<Mention>(doc, 'mentions')) {
    const text = doc.text.slice(m.start, m.end);
    drafts.push({ article: m.article, start: m.start, end: m.end, text, name: text, kind: KINDS[m.type], source: 'mentions', rule: `${m.by}:${m.rule}`, quotes: [], role: null });
  }
  for (const r of getLayer<Role>(doc, 'roles')) {
    const found = findDraft(drafts, r.person);
    if (found && found.kind === 'person' && found.start < r.person.start && found.start < r.titleSpan.end) {
      // The tagger took the title into the name ("Santa Barbara County Sheriff Bill Brown"): the name is the role's.
      const text = doc.text.slice(r.person.start, r.person.end);
      Object.assign(found, { start: r.person.start, end: r.person.end, text, name: text, rule: `${found.rule}+${r.by}:title-cut` });
    }
    if (found) { if (found.kind === 'person') found.role ??= roleOf(r); continue; }
    const text = doc.text.slice(r.person.start, r.person.end);
    drafts.push({ article: r.article, ...r.person, text, name: text, kind: 'person', source: 'roles', rule: `${r.by}:${r.rule}`, quotes: [], role: roleOf(r) });
  }
  for (const q of getLayer<Quote>(doc, 'quotes')) {
    const sp = q.speaker;
    if (!sp || (sp.kind !== 'person' && sp.kind !== 'organization')) continue;
    const span = sp.resolved ?? (sp.mention && isName(doc.text.slice(sp.mention.start, sp.mention.end)) ? sp.mention : null);
    if (!span || !isName(sp.name) || GENERIC_SPEAKERS.test(sp.name.trim())) continue;
    const found = findDraft(drafts, span);
    if (found) { found.quotes.push(q.id); continue; }
    drafts.push({ article: q.article, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), name: sp.name, kind: sp.kind === 'person' ? 'person' : 'org', source: 'quotes', rule: `${q.by}:speaker`, quotes: [q.id], role: null });
  }
  const articles = new Map(getLayer<Article>(doc, 'articles').map((a) => [a.id, a]));
  return drafts.sort((a, b) => a.start - b.start || a.end - b.end).map((d, ordinal) => {
    const article = d.article ? articles.get(d.article) : undefined;
    return { ...d, document: doc.id, ordinal, date: article?.date?.value ?? null, outlet: article?.outlet?.value ?? null, entity: null };
  });
}

export interface EntityMentionQuery {
  readonly entity?: string;
  readonly document?: string;
}

/** Names compare for lookups with case, accents and spacing folded. */
export function entitySearchKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The folded names an entity is found by: its name and every alias, one a line. */
export function aliasKeys(e: Entity): string {
  return [...new Set([e.name, ...e.aliases.map((a) => a.name)].map(entitySearchKey))].join('\n');
}

/** A stored mention row as a backend returns it (JSON columns as text). */
export interface EntityMentionDbRow extends Omit<EntityMentionRow, 'quotes' | 'role'> {
  readonly quotes: string;
  readonly role: string | null;
}

export function fromDbRow(r: EntityMentionDbRow): EntityMentionRow {
  return { ...r, quotes: JSON.parse(r.quotes) as string[], role: r.role === null ? null : (JSON.parse(r.role) as MentionRole) };
}

/** Column values of a mention row, as every backend writes them. */
export function mentionParams(r: EntityMentionRow): Record<string, unknown> {
  return {
    document: r.document, article: r.article, ordinal: r.ordinal, span_start: r.start, span_end: r.end, text: r.text, name: r.name, kind: r.kind,
    source: r.source, rule: r.rule, quotes: JSON.stringify(r.quotes), role: r.role ? JSON.stringify(r.role) : null, date: r.date, outlet: r.outlet,
  };
}

export const MENTION_COLUMNS = 'document, article, ordinal, span_start, span_end, text, name, kind, source, rule, quotes, role, date, outlet';
export const MENTION_SELECT = `document, article, ordinal, span_start AS "start", span_end AS "end", text, name, kind, source, rule, quotes, role, date, outlet, entity`;
