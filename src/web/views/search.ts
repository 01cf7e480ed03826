import { api, entityApi, type EntityRef, type Page } from '../api.js';
import type { QuoteSummary } from '../../store/store.js';
import type { ArticleWithVerdict } from '../../server/headline-verdicts.js';
import { verdictBadge } from '../reader/headline-check.js';
import { articleHref, clear, entityHref, formatNumber, h, speakerHref } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';
import { snippetParts } from '../snippet.js';

const FIELDS = ['q', 'outlet', 'from', 'to', 'speaker', 'entity'] as const;
type Filters = Partial<Record<(typeof FIELDS)[number], string>>;
const DEBOUNCE_MS = 120;

function articleItem(a: ArticleWithVerdict): HTMLElement {
  const snippet = a.snippet ? h('p', { class: 'snippet' }, ...snippetParts(a.snippet).map((p) => (p.match ? h('mark', {}, p.text) : p.text))) : null;
  return h('li', {}, h('a', { href: articleHref(a.id) }, a.title ?? '(untitled)'), verdictBadge(a.headlineVerdict), h('span', { class: 'meta' }, ` ${a.date ?? 'undated'} · ${a.outlet ?? 'no outlet'}`), snippet);
}

function quoteItem(q: QuoteSummary): HTMLElement {
  return h('li', {},
    q.speaker ? h('a', { href: speakerHref(q.speaker, q.speakerKind) }, q.speaker) : h('span', {}, 'speaker unknown'),
    h('span', { class: 'meta' }, ` ${q.kind} · ${q.date ?? 'undated'} · ${q.outlet ?? 'no outlet'} · `), h('a', { href: articleHref(q.article, `q:${q.id}`) }, q.title ?? 'the article'),
    h('p', { class: 'snippet' }, q.text.replace(/\s+/g, ' ')));
}

/** Quotes are matched as plain text, so a query with search operators (OR, "…", *) searches articles only. */
function plainWords(q: string | undefined): boolean {
  return !!q && /^[\p{L}\p{N}\s'’-]+$/u.test(q) && !/\b(OR|NOT|AND)\b/.test(q);
}

/** "1,000+" when the server stopped counting. */
function countText(a: Page<unknown>): string {
  return `${formatNumber(a.total)}${a.totalIsLowerBound ? '+' : ''}`;
}

function field(name: string, label: string, input: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), input);
}

/** Search as you type: articles by full text, outlet, dates and an entity they mention; quotes by speaker (and words). */
export async function searchView({ query, signal }: ViewContext): Promise<Rendered> {
  const initial: Filters = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? '']));
  const outlets = await api.outlets(signal);
  const input = (name: keyof Filters, attrs: Record<string, string>) => h('input', { id: `f-${name}`, name, value: initial[name] ?? '', ...attrs });
  const outletSelect = h('select', { id: 'f-outlet', name: 'outlet' }, h('option', { value: '' }, 'any outlet'),
    ...outlets.items.map((o) => h('option', { value: o.outlet, selected: o.outlet === initial.outlet }, `${o.outlet} (${o.articles})`)));
  const suggestions = h('datalist', { id: 'speaker-suggestions' });
  const entitySuggestions = h('datalist', { id: 'entity-suggestions' });
  const form = h('form', { class: 'filters', role: 'search', 'on:submit': (e: Event) => e.preventDefault() },
    field('q', 'Words', input('q', { type: 'search', placeholder: 'words, "a phrase", OR, NOT, prefix*', autocomplete: 'off' })),
    field('outlet', 'Outlet', outletSelect),
    field('from', 'From', input('from', { type: 'date' })), field('to', 'To', input('to', { type: 'date' })),
    field('speaker', 'Speaker', input('speaker', { type: 'search', list: 'speaker-suggestions', autocomplete: 'off', placeholder: 'a name' })), suggestions,
    field('entity', 'Mentions', input('entity', { type: 'search', list: 'entity-suggestions', autocomplete: 'off', placeholder: 'a person, organisation, place' })), entitySuggestions);
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const articles = h('section', { 'aria-labelledby': 'res-articles' });
  const quotes = h('section', { 'aria-labelledby': 'res-quotes' });
  let inflight: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const f = Object.fromEntries(new FormData(form).entries()) as Filters;
    const url = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
    history.replaceState(null, '', `/search${url.size ? `?${url}` : ''}`);
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    signal.addEventListener('abort', () => controller.abort());
    const started = performance.now();
    try {
      const [a, q] = await Promise.all([
        f.entity ? entityApi.articles(f.entity, { q: f.q, outlet: f.outlet, from: f.from, to: f.to, limit: 20 }, controller.signal) : api.articles({ q: f.q, outlet: f.outlet, from: f.from, to: f.to, limit: 20 }, controller.signal),
        f.speaker || plainWords(f.q) ? api.quotes({ speaker: f.speaker, text: f.speaker ? undefined : f.q, outlet: f.outlet, from: f.from, to: f.to, limit: 20 }, controller.signal) : Promise.resolve(null),
      ]);
      if (f.entity && !/^e_[0-9a-f]{16}$/.test(f.entity)) void entityApi.entities({ q: f.entity, limit: 8 }, controller.signal).then((r) => { clear(entitySuggestions); for (const e of r.items) entitySuggestions.append(h('option', { value: e.name, label: `${e.name} (${e.kind})` })); }).catch(() => {});
      if (f.speaker) void api.speakers(f.speaker, controller.signal).then((s) => { clear(suggestions); for (const sp of s.items) suggestions.append(h('option', { value: sp.name })); }).catch(() => {});
      showResults(a, q, f);
      status.textContent = `${countText(a)} articles${q ? `, ${countText(q)} quotes` : ''} · ${Math.round(performance.now() - started)} ms`;
    } catch (error) {
      if (controller.signal.aborted) return;
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  const showResults = (a: Page<ArticleWithVerdict> & { entity?: EntityRef }, q: Page<QuoteSummary> | null, f: Filters) => {
    clear(articles);
    articles.append(h('h2', { id: 'res-articles' }, a.entity ? `Articles mentioning ${a.entity.name} (${countText(a)})` : `Articles (${countText(a)})`),
      h('p', { class: 'small', hidden: !a.entity }, a.entity ? h('a', { href: entityHref(a.entity.id), class: 'entity-link' }, `${a.entity.name}: entity page`) : ''), a.items.length ? h('ol', { class: 'results' }, ...a.items.map(articleItem)) : h('p', { class: 'muted' }, 'No articles match.'));
    clear(quotes);
    if (q) quotes.append(h('h2', { id: 'res-quotes' }, f.speaker ? `Quotes by speakers named “${f.speaker}” (${countText(q)})` : `Quotes containing “${f.q}” (${countText(q)})`),
      q.items.length ? h('ol', { class: 'results' }, ...q.items.map(quoteItem)) : h('p', { class: 'muted' }, 'No quotes match.'));
  };
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => void run(), DEBOUNCE_MS); });
  void run();
  return { title: initial.q ? `Search: ${initial.q}` : 'Search', node: h('section', { class: 'search' }, h('h1', { tabindex: -1 }, 'Search'), form, status, h('div', { class: 'grid-2' }, articles, quotes)) };
}
