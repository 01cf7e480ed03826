import { entityApi, type TimelineEntry } from '../api.js';
import { articleHref, entityHref, formatNumber, h, timelineHref, type Child } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';

const PAGE = 100;
const KINDS = [['', 'everything'], ['quote', 'quotes'], ['attribution', 'attributions'], ['event', 'dated events']] as const;

/** The event's sentence with its date words marked (the sentence is whitespace-folded, so the words are found again in it). */
function eventText(i: TimelineEntry): Child[] {
  const words = i.evidence?.text.replace(/\s+/g, ' ') ?? '';
  const at = words ? i.text.indexOf(words) : -1;
  if (at < 0) return [i.text];
  return [i.text.slice(0, at), h('mark', {}, i.text.slice(at, at + words.length)), i.text.slice(at + words.length)];
}

function item(i: TimelineEntry): HTMLElement {
  const when = i.kind === 'event' && i.granularity !== 'day' ? `${i.date} (${i.granularity}${i.day !== i.lastDay ? `, ${i.day} – ${i.lastDay}` : ''})` : i.date;
  return h('li', { class: `tl-item tl-${i.kind}` },
    h('span', { class: 'tl-date' }, when), ' ',
    h('span', { class: 'tl-kind' }, i.kind === 'event' ? 'event' : i.kind), ' ',
    i.who ? h('strong', {}, i.who) : null,
    h('p', { class: 'snippet' }, ...(i.kind === 'event' ? eventText(i) : [i.text])),
    h('span', { class: 'meta' }, `${i.outlet ?? 'no outlet'} · `), h('a', { href: articleHref(i.article, i.mark) }, 'evidence in the article'));
}

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

/** Every dated statement on one timeline, for the corpus or one entity; filter by dates and kind (each filter is its own address). */
export async function timelineView({ query, signal }: ViewContext): Promise<Rendered> {
  const f = { entity: query.get('entity') ?? undefined, from: query.get('from') ?? undefined, to: query.get('to') ?? undefined, kind: query.get('kind') ?? undefined };
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const [page, { barChart }] = await Promise.all([entityApi.timeline({ ...f, limit: PAGE, offset }, signal), import('../charts.js')]);
  const periods = page.chart.periods;
  const chart = barChart({
    label: `Entries per ${page.chart.unit} (${page.chart.unit}s with entries)`, labels: periods.map((p) => p.period), stacked: true,
    series: (['quote', 'attribution', 'event'] as const).map((k) => ({ name: k === 'event' ? 'dated events' : `${k}s`, values: periods.map((p) => p[k]) })),
  });
  signal.addEventListener('abort', () => chart.destroy());
  const from = h('input', { id: 'tl-from', name: 'from', type: 'date', value: f.from ?? '' });
  const to = h('input', { id: 'tl-to', name: 'to', type: 'date', value: f.to ?? '' });
  const kind = h('select', { id: 'tl-kind', name: 'kind' }, ...KINDS.map(([k, l]) => h('option', { value: k, selected: k === (f.kind ?? '') }, l)));
  const href = (o: number, next: Partial<typeof f> = f) => {
    const p = new URLSearchParams(Object.entries({ ...next, offset: o ? String(o) : '' }).filter((e): e is [string, string] => !!e[1]));
    return `/timeline${p.size ? `?${p}` : ''}`;
  };
  const form = h('form', { class: 'filters', 'aria-label': 'Timeline filters', 'on:submit': (e: Event) => {
    e.preventDefault();
    document.dispatchEvent(new CustomEvent('presstrail:navigate', { detail: href(0, { entity: f.entity, from: from.value, to: to.value, kind: kind.value }) }));
  } }, field('tl-from', 'From', from), field('tl-to', 'To', to), field('tl-kind', 'Show', kind), h('button', { type: 'submit' }, 'Apply'),
    f.entity ? h('a', { href: timelineHref({ from: f.from, to: f.to }) }, 'the whole corpus') : null);
  const c = page.counts;
  const title = page.entity ? `Timeline: ${page.entity.name}` : 'Timeline';
  const node = h('section', { class: 'timeline' },
    h('h1', { tabindex: -1 }, title),
    page.entity ? h('p', {}, 'What ', h('a', { href: entityHref(page.entity.id) }, page.entity.name), ' said, what is credited to them, and dated sentences that mention them.') : h('p', { class: 'muted' }, 'Quotes and attributions on their article’s date; date expressions on the days they resolve to, with the sentence they come from.'),
    form,
    periods.length > 1 ? chart.node : null,
    h('p', { class: 'status', role: 'status' }, `${formatNumber(page.total)} entries (${formatNumber(c.quote)} quotes, ${formatNumber(c.attribution)} attributions, ${formatNumber(c.event)} dated events)${page.total > PAGE ? ` · ${formatNumber(offset + 1)}–${formatNumber(Math.min(page.total, offset + PAGE))}` : ''}`),
    page.items.length ? h('ol', { class: 'timeline-list' }, ...page.items.map(item)) : h('p', { class: 'muted' }, 'Nothing is dated in this range.'),
    h('p', { class: 'pager' }, offset > 0 ? h('a', { href: href(Math.max(0, offset - PAGE)) }, '← Earlier') : null, ' ', offset + PAGE < page.total ? h('a', { href: href(offset + PAGE) }, 'Later →') : null));
  return { title, node };
}
