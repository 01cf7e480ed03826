import { api } from '../api.js';
import { articleHref, formatNumber, h } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';
import { speakerEntityLine } from './speaker-entity.js';

/** Outlets drawn as their own series; the rest are summed as "other outlets". */
const SERIES = 6;

/**
 * One speaker: how often, where and when they are quoted, and every quote with a link to its
 * evidence. (The person page of the entities stage grows from this: aliases, roles over time.)
 */
export async function speakerView({ params, query, signal }: ViewContext): Promise<Rendered> {
  const name = params[0]!;
  const distinct = query.get('distinct') === 'true';
  const [v, { barChart }] = await Promise.all([api.speaker(name, query.get('kind') ?? undefined, 0, signal, distinct), import('../charts.js')]);
  const periods = [...new Set(v.byOutlet.flatMap((o) => Object.keys(o.periods)))].sort();
  const outlets = [...v.byOutlet].sort((a, b) => total(b.periods) - total(a.periods));
  const series = outlets.slice(0, SERIES).map((o) => ({ name: o.outlet, values: periods.map((p) => o.periods[p] ?? 0) }));
  if (outlets.length > SERIES) series.push({ name: 'other outlets', values: periods.map((p) => outlets.slice(SERIES).reduce((n, o) => n + (o.periods[p] ?? 0), 0)) });
  const chart = barChart({ label: `Quotes per month, by outlet${v.sampled ? ' (from the first 5,000 quotes)' : ''}`, labels: periods, series, stacked: true });
  signal.addEventListener('abort', () => chart.destroy());
  const node = h('section', { class: 'speaker' },
    h('h1', { tabindex: -1 }, v.name),
    speakerEntityLine(v.name, v.quotes, signal),
    h('ul', { class: 'facts' }, ...v.summaries.map((s) => h('li', {},
      h('strong', {}, s.kind), `: ${formatNumber(s.quotes)} quotes in ${formatNumber(s.articles)} articles, ${s.firstDate ?? '?'} – ${s.lastDate ?? '?'}; outlets: ${s.outlets.join(', ') || 'none'}`))),
    h('p', { class: 'muted' }, 'A speaker is a name as the quotes stage resolved it (titles dropped, surnames and pronouns resolved within each article).'),
    distinctToggle(distinct),
    chart.node,
    h('h2', {}, `Quotes (${formatNumber(v.quotesTotal)})`),
    h('ol', { class: 'results' }, ...v.quotes.map((q) => h('li', {},
      h('p', { class: 'snippet' }, q.text.replace(/\s+/g, ' ')),
      h('span', { class: 'meta' }, `${q.kind} · ${q.date ?? 'undated'} · ${q.outlet ?? 'no outlet'} · `),
      h('a', { href: articleHref(q.article, `q:${q.id}`) }, `evidence in “${q.title ?? 'the article'}”`)))),
    v.quotesTotal > v.quotes.length ? h('p', { class: 'muted' }, `Showing the first ${v.quotes.length}; the full list: `, h('a', { href: `/api/speakers/${encodeURIComponent(v.name)}?limit=500`, 'data-external': true }, 'JSON')) : null);
  return { title: v.name, node };
}

/** Count a quote reprinted across a copy cluster once: the address keeps the choice (?distinct=true). */
function distinctToggle(distinct: boolean): HTMLElement {
  const box = h('input', { type: 'checkbox', id: 'distinct', checked: distinct, 'on:change': () => {
    const url = new URL(location.href);
    if (box.checked) url.searchParams.set('distinct', 'true'); else url.searchParams.delete('distinct');
    document.dispatchEvent(new CustomEvent('presstrail:navigate', { detail: url.pathname + url.search }));
  } });
  return h('p', { class: 'distinct-toggle' }, box, ' ', h('label', { for: 'distinct' }, 'Count each quote once per copy cluster'),
    h('span', { class: 'muted small' }, distinct ? ' — a quote reprinted in copies of one article counts once (its earliest version).' : ' — now every reprint of a quote counts.'));
}

function total(periods: Readonly<Record<string, number>>): number {
  return Object.values(periods).reduce((n, x) => n + x, 0);
}
