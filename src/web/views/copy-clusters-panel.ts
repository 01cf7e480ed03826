import type { CopyClusterSummary } from '../../core/copy.js';
import { copiesHref, h } from '../dom.js';

/** The overview's "largest copy clusters": each links to its side-by-side view. */
export function copyClustersPanel(clusters: readonly CopyClusterSummary[]): HTMLElement {
  const head = h('h2', { id: 'largest-copies' }, 'Largest copy clusters');
  if (clusters.length === 0) {
    return h('section', { class: 'copy-panel', 'aria-labelledby': head.id }, head, h('p', { class: 'muted' }, 'No copies found: no article here reprints another (the copies step runs after ingest).'));
  }
  return h('section', { class: 'copy-panel', 'aria-labelledby': head.id }, head,
    h('table', { class: 'copy-clusters' },
      h('caption', { class: 'sr-only' }, 'Largest copy clusters, most articles first'),
      h('thead', {}, h('tr', {}, ...['Earliest version', 'Articles', 'Outlets', 'First', 'Last'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...clusters.map((c) => h('tr', {},
        h('td', {}, h('a', { href: copiesHref(c.id) }, c.title ?? c.earliest)), h('td', { class: 'num' }, c.size),
        h('td', {}, c.outlets.join(', ')), h('td', {}, c.firstDate ?? ''), h('td', {}, c.lastDate ?? ''))))),
    h('p', {}, h('a', { href: '/copies' }, 'All copy clusters')));
}
