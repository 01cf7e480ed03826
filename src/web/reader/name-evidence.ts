import type { ArticleNames, DateMark, NameMark } from '../../server/article-names.js';
import type { ArticleView, QuoteView } from '../../server/article-view.js';
import type { Span } from '../../core/span.js';
import { entityHref, h, timelineHref, type Child } from '../dom.js';
import { row, sentenceWith, slice, where } from './evidence.js';

/** How far either side of a name its context may reach when no sentence ends nearer. */
const CONTEXT = 240;

const KIND_WORD: Readonly<Record<NameMark['kind'], string>> = { person: 'Person', org: 'Organisation', place: 'Place', misc: 'Name' };

/** The text around a span, cut at the nearest sentence ends (names carry no sentence span of their own). */
function contextOf(view: ArticleView, s: Span): Span {
  const text = view.text;
  const local = { start: s.start - view.offset, end: s.end - view.offset };
  const before = text.slice(Math.max(0, local.start - CONTEXT), local.start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const start = cut < 0 ? Math.max(0, local.start - CONTEXT) : local.start - before.length + cut + 1;
  const after = text.slice(local.end, local.end + CONTEXT);
  const next = after.search(/[.?!](\s|$)|\n/);
  const end = next < 0 ? local.end + after.length : local.end + next + 1;
  return { start: start + view.offset, end: end + view.offset };
}

/** The panel for a name: who it is (the entity and its canonical name), the words, the rule, links. */
export function entityPanel(view: ArticleView, n: NameMark): Child[] {
  const e = n.entity;
  const role = n.role ? `${n.role.former ? 'former ' : ''}${n.role.title}${n.role.org ? `, ${n.role.org}` : ''}` : null;
  return [
    h('h2', { id: 'evidence-title' }, `${KIND_WORD[n.kind]}: ${e?.name ?? n.name}`),
    h('p', { class: 'label' }, 'In context'),
    sentenceWith(view, contextOf(view, n), n),
    h('dl', {},
      ...row('Named as', h('q', {}, slice(view, n)), ` · ${where(n)}`),
      ...(n.name !== slice(view, n) ? row('Read as', n.name) : []),
      ...(role ? row('Role', role) : []),
      ...(n.quotes.length ? row('Speaks', `${n.quotes.length} quote${n.quotes.length > 1 ? 's' : ''} here`) : []),
      ...row('Found by', h('code', {}, n.rule), ` (${n.source})`),
      ...(e ? row('Entity', h('a', { href: entityHref(e.id), class: 'entity-link' }, `${e.name}: aliases, roles, quotes`), ' · ', h('a', { href: timelineHref({ entity: e.id }) }, 'timeline'))
        : row('Entity', 'not grouped yet (the entities step has not run since this was stored)'))),
  ];
}

/** The panel for a date: the words, the resolved value and the days it covers, what it was resolved against. */
export function datePanel(view: ArticleView, d: DateMark): Child[] {
  return [
    h('h2', { id: 'evidence-title' }, `Date: ${d.value}`),
    h('p', { class: 'label' }, 'The exact sentence'),
    sentenceWith(view, d.sentence, d),
    h('dl', {},
      ...row('Words', h('q', {}, slice(view, d)), ` · ${where(d)}`),
      ...row('Resolved to', `${d.value} (${d.granularity}${d.from !== d.to ? `, ${d.from} – ${d.to}` : ''})`),
      ...row('Against', d.anchor ? `the article date ${d.anchor}` : 'nothing (an absolute date)'),
      ...row('Rule', h('code', {}, d.rule), ` (${d.by})`),
      ...row('Timeline', h('a', { href: timelineHref({ from: d.from, to: d.to }) }, `everything dated ${d.from === d.to ? d.from : `${d.from} – ${d.to}`}`))),
  ];
}

/** The entity that speaks a quote: the name linked to it, else the name at its speaker's words (none when a correction named someone else). */
export function speakerEntity(names: ArticleNames | null, q: QuoteView): NameMark['entity'] {
  if (!names) return null;
  const at = q.found?.resolved ?? q.found?.mention;
  const overlaps = (n: NameMark) => at !== undefined && at !== null && n.start < at.end && at.start < n.end;
  const hit = names.names.find((n) => n.entity && n.quotes.includes(q.id)) ?? names.names.find((n) => n.entity && overlaps(n));
  // A corrected speaker is someone else than the name in the text: link only an entity of that name.
  if (hit?.entity && q.corrected && hit.entity.name.toLowerCase() !== q.speaker?.name.toLowerCase()) return null;
  return hit?.entity ?? null;
}

/** A deep link's mark, or the name or date mark that overlaps the span it gives (`ent:S-E` for a role's span). */
export function resolveMark(known: ReadonlyMap<string, unknown>, mark: string): string {
  if (known.has(mark)) return mark;
  const m = /^(ent|dt):(\d+)-(\d+)$/.exec(mark);
  if (!m) return mark;
  const [start, end] = [Number(m[2]), Number(m[3])];
  for (const id of known.keys()) {
    const k = /^(ent|dt):(\d+)-(\d+)$/.exec(id);
    if (k && k[1] === m[1] && Number(k[2]) < end && start < Number(k[3])) return id;
  }
  return mark;
}
