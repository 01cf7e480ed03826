import type { EntityRole } from '../../core/entity.js';
import type { EntityArticle, EntityView } from '../../server/entity-view.js';
import { entityApi } from '../api.js';
import { articleHref, formatNumber, h, speakerHref, timelineHref, type Child } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';
import { entityCorrections } from './entity-corrections.js';

/** Outlets drawn as their own series; the rest are summed as "other outlets". */
const SERIES = 6;
export const KIND_LABEL: Readonly<Record<string, string>> = { person: 'person', org: 'organisation', place: 'place', misc: 'other name' };

function roleRows(roles: readonly EntityRole[]): Child {
  if (roles.length === 0) return h('p', { class: 'muted' }, 'No role is given in the text (a title such as “Interior Minister” next to the name).');
  return h('table', { class: 'roles' },
    h('caption', {}, 'Roles over time (first and last article that gives each)'),
    h('thead', {}, h('tr', {}, ...['Role', 'Of', 'From', 'To', 'Mentions', 'Evidence'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...roles.map((r) => h('tr', {},
      h('td', {}, `${r.former ? 'former ' : ''}${r.title}`), h('td', {}, [r.org, r.party, r.state].filter(Boolean).join(', ')),
      h('td', {}, r.from ?? 'undated'), h('td', {}, r.to ?? 'undated'), h('td', { class: 'num' }, r.mentions),
      h('td', {}, r.article ? h('a', { href: articleHref(r.article, `ent:${r.start}-${r.end}`) }, 'first mention') : '')))));
}

function mentionChart(v: EntityView, barChart: typeof import('../charts.js').barChart): ReturnType<typeof barChart> {
  const total = (p: Readonly<Record<string, number>>) => Object.values(p).reduce((n, x) => n + x, 0);
  const periods = [...new Set(v.byOutlet.flatMap((o) => Object.keys(o.periods)))].sort();
  const outlets = [...v.byOutlet].sort((a, b) => total(b.periods) - total(a.periods));
  const series = outlets.slice(0, SERIES).map((o) => ({ name: o.outlet, values: periods.map((p) => o.periods[p] ?? 0) }));
  if (outlets.length > SERIES) series.push({ name: 'other outlets', values: periods.map((p) => outlets.slice(SERIES).reduce((n, o) => n + (o.periods[p] ?? 0), 0)) });
  return barChart({ label: 'Mentions per month, by outlet', labels: periods, series, stacked: true });
}

function articleItem(a: EntityArticle): HTMLElement {
  return h('li', {},
    h('a', { href: articleHref(a.article) }, a.title ?? '(untitled)'), h('span', { class: 'meta' }, ` ${a.date ?? 'undated'} · ${a.outlet ?? 'no outlet'} · `),
    h('span', { class: 'mentions' }, ...a.mentions.flatMap((m, i) => [i ? ', ' : '', h('a', { href: articleHref(a.article, `ent:${m.start}-${m.end}`), class: 'mention-link', 'aria-label': `“${m.text}” at characters ${m.start}–${m.end}` }, m.text)])));
}

function quoteList(v: EntityView): Child[] {
  const reprinted = v.quotesAll - v.quotesTotal;
  return [
    h('h2', { id: 'entity-quotes' }, `Quotes (${formatNumber(v.quotesTotal)})`),
    h('p', { class: 'muted' }, reprinted > 0 ? `Counted once per copy cluster: ${formatNumber(reprinted)} more are the same words reprinted in copies of an article.` : 'Each quote counted once per copy cluster (a reprint of the same words is one quote).',
      ' Quotes its mentions speak, and quotes in its articles whose speaker is one of its names.'),
    v.quotes.length === 0 ? h('p', { class: 'muted' }, 'No quotes by this name.') : h('ol', { class: 'results' }, ...v.quotes.map((q) => h('li', {},
      h('p', { class: 'snippet' }, q.text.replace(/\s+/g, ' ')),
      h('span', { class: 'meta' }, `${q.kind} · ${q.date ?? 'undated'} · ${q.outlet ?? 'no outlet'} · as `),
      q.speaker ? h('a', { href: speakerHref(q.speaker, q.speakerKind) }, q.speaker) : 'unknown', h('span', { class: 'meta' }, ' · '),
      h('a', { href: articleHref(q.article, `q:${q.id}`) }, `evidence in “${q.title ?? 'the article'}”`)))),
  ];
}

/** A person, organisation or place: names, roles over time, mentions by outlet and month, quotes, corrections. */
export async function entityView({ params, signal }: ViewContext): Promise<Rendered> {
  const [v, { barChart }] = await Promise.all([entityApi.entity(params[0]!, signal), import('../charts.js')]);
  const e = v.entity;
  const chart = mentionChart(v, barChart);
  signal.addEventListener('abort', () => chart.destroy());
  const more = (n: number, shown: number) => (n > shown ? h('p', { class: 'muted' }, `Showing the first ${shown}; all of them: `, h('a', { href: `/api/entities/${encodeURIComponent(e.id)}?limit=500`, 'data-external': true }, 'JSON')) : null);
  const node = h('section', { class: 'entity' },
    h('h1', { tabindex: -1 }, e.name),
    h('p', { class: 'meta' }, `${KIND_LABEL[e.kind] ?? e.kind} · ${formatNumber(e.mentions)} mentions in ${formatNumber(e.articles)} articles · ${e.firstDate ?? '?'} – ${e.lastDate ?? '?'}${e.outlets.length ? ` · ${e.outlets.join(', ')}` : ''} · `, h('code', {}, e.id)),
    h('p', { class: 'entity-links' }, h('a', { href: timelineHref({ entity: e.id }) }, 'Timeline'), ' · ', h('a', { href: `/search?entity=${encodeURIComponent(e.id)}` }, 'Search its articles')),
    h('section', { 'aria-labelledby': 'entity-aliases' }, h('h2', { id: 'entity-aliases' }, `Names (${e.aliases.length})`),
      h('ul', { class: 'aliases' }, ...e.aliases.map((a) => h('li', {}, h('span', { class: 'alias' }, a.name), h('span', { class: 'meta' }, ` ${formatNumber(a.mentions)}×`))))),
    h('section', { 'aria-labelledby': 'entity-roles' }, h('h2', { id: 'entity-roles' }, 'Roles over time'), roleRows(e.roles)),
    h('div', { class: 'grid-2' },
      h('section', { 'aria-labelledby': 'entity-quotes' }, ...quoteList(v), more(v.quotesTotal, v.quotes.length)),
      h('section', { 'aria-labelledby': 'entity-mentions' }, h('h2', { id: 'entity-mentions' }, 'Mentions'), chart.node,
        h('h3', {}, `Articles (${formatNumber(v.articlesTotal)})`), h('ol', { class: 'results' }, ...v.articles.map(articleItem)), more(v.articlesTotal, v.articles.length))),
    entityCorrections(v));
  return { title: e.name, node };
}
