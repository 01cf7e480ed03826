import { api } from '../api.js';
import type { CopyClusterView } from '../../server/copy-clusters.js';
import { articleHref, copiesHref, formatNumber, h } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';
import { directionText, kindLabel, memberLabel, percent, whyText } from '../copies/describe.js';

function membersTable(c: CopyClusterView): HTMLElement {
  return h('table', { class: 'copy-members' },
    h('caption', {}, `${c.size} articles, earliest version first`),
    h('thead', {}, h('tr', {}, ...['Outlet', 'Date', 'Headline', ''].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...c.members.map((m) => h('tr', { class: m.earliest ? 'earliest' : null },
      h('td', {}, m.outlet ?? 'no outlet'), h('td', {}, m.date ?? 'undated'),
      h('td', {}, h('a', { href: articleHref(m.article) }, m.title ?? m.article)),
      h('td', {}, m.earliest ? h('span', { class: 'tag earliest-tag' }, 'earliest version') : null)))));
}

function pairsTable(c: CopyClusterView): HTMLElement {
  const byId = new Map(c.members.map((m) => [m.article, m]));
  return h('table', { class: 'copy-pairs' },
    h('caption', {}, `${c.pairsList.length} verified copy pairs`),
    h('thead', {}, h('tr', {}, ...['Direction', 'Why', 'Match', 'Kind', 'Similarity', ''].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...c.pairsList.map((p) => {
      const a = memberLabel(byId.get(p.a.article)), b = memberLabel(byId.get(p.b.article));
      return h('tr', {},
        h('td', {}, directionText(p, a, b)), h('td', {}, whyText(p, a, b)),
        h('td', {}, p.match, p.quoteEdits ? h('span', { class: 'tag quote-tag' }, `${p.quoteEdits} in quotes`) : null),
        h('td', {}, kindLabel(p.kind)), h('td', { class: 'num' }, percent(p.similarity)),
        h('td', {}, h('a', { href: copiesHref(c.id, p.a.article, p.b.article), 'aria-label': `Side by side: ${a} and ${b}` }, 'side by side')));
    })));
}

/** Copy clusters, largest first: who printed the same text, which version came first, and how they differ. */
export async function copiesView({ query, signal }: ViewContext): Promise<Rendered> {
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  const page = await api.copies(offset, signal);
  const intro = h('p', { class: 'muted' }, 'Articles that reprint one another (wire copy, credited reprints, a story embedded in a roundup), grouped into clusters. The earliest version is the one with the earliest date; the direction of each pair comes from a credit line naming the other outlet, else from the dates.');
  if (page.total === 0) {
    return { title: 'Copies', node: h('section', { class: 'copies' }, h('h1', { tabindex: -1 }, 'Copies'), intro, h('p', {}, 'No copies found in this store. Copies are found by the copies step after ingest (presstrail copies runs it).')) };
  }
  const clusters = page.items.map((c) => h('section', { class: 'cluster', 'aria-labelledby': `cl-${c.id}` },
    h('h2', { id: `cl-${c.id}` }, h('a', { href: copiesHref(c.id) }, c.title ?? c.earliest)),
    h('p', { class: 'meta' }, `${c.size} articles · ${c.pairs} pairs · ${c.firstDate ?? '?'} – ${c.lastDate ?? '?'} · ${c.outlets.join(', ') || 'no outlet'} · `, h('code', {}, c.id)),
    membersTable(c), pairsTable(c)));
  const more = page.offset + page.items.length < page.total;
  const nav = h('p', { class: 'pager' },
    page.offset > 0 ? h('a', { href: `/copies${page.offset - 20 > 0 ? `?offset=${page.offset - 20}` : ''}` }, 'Previous clusters') : null, ' ',
    more ? h('a', { href: `/copies?offset=${page.offset + 20}` }, 'More clusters') : null);
  const node = h('section', { class: 'copies' },
    h('h1', { tabindex: -1 }, 'Copies'), intro,
    h('p', { role: 'status', class: 'status' }, `${formatNumber(page.total)} clusters, largest first${page.offset ? `; from number ${page.offset + 1}` : ''}.`),
    ...clusters, nav);
  return { title: 'Copies', node };
}
