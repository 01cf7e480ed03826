import { entityApi, type ListedEntity } from '../api.js';
import { clear, entityHref, formatNumber, h } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';

const KINDS = [['person', 'People'], ['org', 'Organisations'], ['place', 'Places']] as const;
const PAGE = 50;
const DEBOUNCE_MS = 120;

function listHref(kind: string, q: string, offset = 0): string {
  const p = new URLSearchParams({ kind });
  if (q) p.set('q', q);
  if (offset) p.set('offset', String(offset));
  return `/entities?${p}`;
}

function row(e: ListedEntity): HTMLElement {
  const role = e.roles[e.roles.length - 1];
  return h('tr', {},
    h('td', {}, h('a', { href: entityHref(e.id) }, e.name)),
    h('td', { class: 'num' }, e.mentions), h('td', { class: 'num' }, e.articles), h('td', { class: 'num' }, e.quotes),
    h('td', {}, e.firstDate ?? ''), h('td', {}, e.lastDate ?? ''),
    h('td', {}, role ? [role.former ? 'former ' : '', role.title, role.org ? `, ${role.org}` : ''].join('') : ''),
    h('td', {}, e.aliases.map((a) => a.name).filter((a) => a !== e.name).join('; ')));
}

/** People, organisations or places, most mentioned first; filter by a part of any name as you type. */
export async function entitiesView({ query, signal }: ViewContext): Promise<Rendered> {
  const kind = KINDS.some(([k]) => k === query.get('kind')) ? query.get('kind')! : 'person';
  const label = KINDS.find(([k]) => k === kind)![1];
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const q = h('input', { id: 'entity-q', type: 'search', name: 'q', value: query.get('q') ?? '', autocomplete: 'off', placeholder: 'a name or alias' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', {});
  let inflight: AbortController | null = null;
  const run = async (from: number) => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    signal.addEventListener('abort', () => controller.abort());
    try {
      const page = await entityApi.entities({ kind, q: q.value.trim(), limit: PAGE, offset: from }, controller.signal);
      clear(results);
      results.append(page.items.length === 0 ? h('p', { class: 'muted' }, `No ${label.toLowerCase()} match. (Entities appear after the entities step: presstrail ingest runs it.)`) : h('table', { class: 'entities' },
        h('caption', {}, `${label}${q.value.trim() ? ` named like “${q.value.trim()}”` : ''}, most mentioned first`),
        h('thead', {}, h('tr', {}, ...['Name', 'Mentions', 'Articles', 'Quotes', 'First', 'Last', 'Latest role', 'Also named'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...page.items.map(row))));
      const nav = h('p', { class: 'pager' },
        from > 0 ? h('a', { href: listHref(kind, q.value.trim(), Math.max(0, from - PAGE)) }, '← Previous') : null, ' ',
        page.more ? h('a', { href: listHref(kind, q.value.trim(), from + PAGE) }, 'Next →') : null);
      results.append(nav);
      status.textContent = `${formatNumber(from + 1)}–${formatNumber(from + page.items.length)}${page.more ? ' (more follow)' : ''}`;
    } catch (error) {
      if (!controller.signal.aborted) status.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { history.replaceState(null, '', listHref(kind, q.value.trim())); void run(0); }, DEBOUNCE_MS);
  });
  await run(offset);
  const node = h('section', { class: 'entities-list' },
    h('h1', { tabindex: -1 }, label),
    h('nav', { 'aria-label': 'Kinds of entity', class: 'tabs' }, h('ul', {}, ...KINDS.map(([k, l]) => h('li', {}, h('a', { href: listHref(k, ''), ...(k === kind ? { 'aria-current': 'page' } : {}) }, l))))),
    h('form', { class: 'filters', role: 'search', 'on:submit': (e: Event) => e.preventDefault() }, h('div', { class: 'field' }, h('label', { for: 'entity-q' }, 'Name contains'), q)),
    status, results);
  return { title: label, node };
}
