import { api } from '../api.js';
import { formatNumber, h, speakerHref } from '../dom.js';
import { copyClustersPanel } from './copy-clusters-panel.js';
import type { Rendered, ViewContext } from '../router.js';

const KINDS = ['person', 'organization', 'anonymous', 'document', 'media'] as const;

function stat(label: string, value: string): HTMLElement {
  return h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, value), h('span', { class: 'stat-label' }, label));
}

/** The corpus at a glance: counts, articles over time, outlets, who is quoted and how. */
export async function overviewView({ signal }: ViewContext): Promise<Rendered> {
  // Chart.js loads only for the views that draw charts, so the reader and search start sooner.
  const [o, { barChart }] = await Promise.all([api.overview(signal), import('../charts.js')]);
  const s = o.stats;
  if (s.articles === 0) {
    return { title: 'Overview', node: h('section', {}, h('h1', { tabindex: -1 }, 'An empty store'), h('p', {}, 'Nothing is ingested yet. ', h('a', { href: '/ingest' }, 'Drop some files on the ingest page'), ' or run presstrail ingest PATH.')) };
  }
  const over = barChart({ label: `Articles per ${o.granularity}${o.undatedArticles ? ` (${formatNumber(o.undatedArticles)} undated not shown)` : ''}`, labels: o.articlesOverTime.map((p) => p.period), series: [{ name: 'articles', values: o.articlesOverTime.map((p) => p.articles) }] });
  const outlets = s.outlets.slice(0, 15);
  const outletChart = barChart({ label: `Articles per outlet${s.outlets.length > 15 ? ` (top 15 of ${s.outlets.length})` : ''}`, labels: outlets.map((x) => x.outlet), series: [{ name: 'articles', values: outlets.map((x) => x.articles) }], horizontal: true });
  const kinds = barChart({
    label: 'Quotes by kind of source, per outlet', labels: o.quotesBySpeakerKind.map((x) => x.outlet), horizontal: true, stacked: true,
    series: KINDS.map((k) => ({ name: k, values: o.quotesBySpeakerKind.map((x) => x.bySpeakerKind[k]) })),
  });
  const speakers = h('table', { class: 'speakers' },
    h('caption', {}, 'Most-quoted speakers'),
    h('thead', {}, h('tr', {}, ...['Speaker', 'Kind', 'Quotes', 'Articles', 'First', 'Last'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...o.topSpeakers.map((sp) => h('tr', {},
      h('td', {}, h('a', { href: speakerHref(sp.name, sp.kind) }, sp.name)), h('td', {}, sp.kind), h('td', { class: 'num' }, sp.quotes), h('td', { class: 'num' }, sp.articles), h('td', {}, sp.firstDate ?? ''), h('td', {}, sp.lastDate ?? '')))));
  signal.addEventListener('abort', () => { over.destroy(); outletChart.destroy(); kinds.destroy(); });
  const node = h('section', { class: 'overview' },
    h('h1', { tabindex: -1 }, 'Corpus overview'),
    h('div', { class: 'stats' }, stat('articles', formatNumber(s.articles)), stat('documents', formatNumber(s.documents)), stat('outlets', formatNumber(s.outlets.length)), stat('quotes', formatNumber(o.quotes)), stat('dates', s.firstDate ? `${s.firstDate} – ${s.lastDate}` : 'none')),
    h('form', { class: 'quick-search', role: 'search', action: '/search', 'on:submit': (e: Event) => { e.preventDefault(); const q = (e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement; document.dispatchEvent(new CustomEvent('presstrail:navigate', { detail: `/search?q=${encodeURIComponent(q.value)}` })); } },
      h('label', { for: 'quick-q' }, 'Search the corpus'), h('input', { id: 'quick-q', name: 'q', type: 'search', placeholder: 'words, "a phrase", OR, NOT, prefix*' }), h('button', { type: 'submit' }, 'Search')),
    h('div', { class: 'grid-2' }, over.node, outletChart.node),
    h('div', { class: 'grid-2' }, kinds.node, speakers),
    copyClustersPanel(o.largestCopyClusters ?? []));
  return { title: 'Overview', node };
}
