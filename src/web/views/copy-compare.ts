import { api } from '../api.js';
import type { CopyComparison, CompareSide } from '../../server/copy-compare.js';
import type { CompareRow } from '../../server/copy-rows.js';
import type { Span } from '../../core/span.js';
import { articleHref, copiesHref, h, type Child } from '../dom.js';
import type { Rendered, ViewContext } from '../router.js';
import { directionText, kindLabel, matchLabel, memberLabel, percent, whyText } from '../copies/describe.js';
import { diffParagraph, editsWithin, quoteChange, sliceSide } from '../copies/diff-paragraph.js';

/** Two selects, left and right, over the cluster's members; choosing navigates to their pair's address. */
function chooser(c: CopyComparison): HTMLElement {
  const select = (id: string, chosen: string) => h('select', { id, name: id },
    ...c.members.map((m) => h('option', { value: m.article, selected: m.article === chosen }, `${memberLabel(m)} — ${m.title ?? m.article}${m.earliest ? ' (earliest)' : ''}`)));
  const left = select('copy-left', c.a.article), right = select('copy-right', c.b.article);
  return h('form', { class: 'filters copy-chooser', 'aria-label': 'Choose two copies to compare', 'on:submit': (e: Event) => {
    e.preventDefault();
    document.dispatchEvent(new CustomEvent('presstrail:navigate', { detail: copiesHref(c.cluster, left.value, right.value) }));
  } },
    h('div', { class: 'field' }, h('label', { for: left.id }, 'Left'), left),
    h('div', { class: 'field' }, h('label', { for: right.id }, 'Right'), right),
    h('button', { type: 'submit' }, 'Compare'));
}

function blockLine(side: CompareSide): string {
  if (!side.block) return 'no copied block';
  return `characters ${side.block.start}–${side.block.end} of ${side.offset}–${side.offset + side.text.length}${side.coverage === null ? '' : ` (${percent(side.coverage)} of its words)`}`;
}

function summary(c: CopyComparison): HTMLElement {
  const a = memberLabel(c.a), b = memberLabel(c.b);
  if (!c.pair) return h('p', { class: 'copy-summary' }, 'These two articles share no copied block: they are in this cluster through other members. Choose another pair above.');
  const p = c.pair;
  const row = (label: string, ...value: Child[]) => [h('dt', {}, label), h('dd', {}, ...value)];
  const aligned = c.rows.filter((r) => r.kind === 'aligned');
  const unmatched = c.rows.reduce((n, r) => n + (r.kind === 'unmatched' ? r.a.length + r.b.length : 0), 0);
  return h('dl', { class: 'copy-summary' },
    ...row('Direction', directionText(p, a, b)), ...row('Why', whyText(p, a, b, c.creditText)),
    ...row('Match', matchLabel(p.match)), ...row('Kind', kindLabel(p.kind)), ...row('Similarity', percent(p.similarity)),
    ...row('Paragraphs', `${aligned.length - p.changed} the same, ${p.changed} changed, ${unmatched} without a counterpart inside the block`),
    ...row('Copied block, left', blockLine(c.a)), ...row('Copied block, right', blockLine(c.b)),
    ...row('Found by', h('code', {}, p.rule), p.stored ? ` (pair ${p.id})` : ' (aligned now: no stored pair joins these two)'));
}

function paragraphs(side: CompareSide, spans: readonly Span[]): Child {
  if (spans.length === 0) return h('span', { class: 'muted' }, '—');
  return h('div', {}, ...spans.map((s) => h('p', { class: 'copy-para' }, sliceSide(side, s))));
}

function rowNode(c: CopyComparison, r: CompareRow): HTMLElement {
  if (r.kind === 'aligned') {
    const edits = editsWithin(c.drift, r.a, r.b);
    const label = r.match === 'same' ? 'same' : `changed, ${percent(r.similarity)} alike`;
    return h('tr', { class: `row-${r.match}` }, h('th', { scope: 'row' }, label), h('td', {}, diffParagraph(c.a, r.a, edits, 'a')), h('td', {}, diffParagraph(c.b, r.b, edits, 'b')));
  }
  if (r.kind === 'unmatched') {
    return h('tr', { class: 'row-unmatched' }, h('th', { scope: 'row' }, 'no counterpart'), h('td', {}, paragraphs(c.a, r.a)), h('td', {}, paragraphs(c.b, r.b)));
  }
  const fold = (side: CompareSide, spans: readonly Span[]) => spans.length === 0 ? h('span', { class: 'muted' }, '—')
    : h('details', { class: 'outside' }, h('summary', {}, `${spans.length} paragraph${spans.length === 1 ? '' : 's'} of this article ${r.position} the copied block`), paragraphs(side, spans));
  return h('tr', { class: 'row-outside' }, h('th', { scope: 'row' }, `outside the block (${r.position})`), h('td', {}, fold(c.a, r.a)), h('td', {}, fold(c.b, r.b)));
}

function heading(side: CompareSide, which: string, firstSpan: Span | undefined): HTMLElement {
  return h('th', { scope: 'col' }, `${which}: ${memberLabel(side)}${side.earliest ? ' (earliest version)' : ''}`, h('br'),
    h('a', { href: articleHref(side.article, firstSpan ? `cp:${firstSpan.start}-${firstSpan.end}` : undefined) }, side.title ?? side.article));
}

/** Two copies side by side: aligned paragraphs, the words that differ, changes inside quotations. */
export async function copyCompareView({ params, query, signal }: ViewContext): Promise<Rendered> {
  const c = await api.compareCopies(params[0]!, query.get('a') ?? undefined, query.get('b') ?? undefined, signal);
  const first = c.rows.find((r) => r.kind === 'aligned');
  const table = h('table', { class: 'side-by-side' },
    h('caption', {}, 'Paragraphs side by side, top to bottom; cut words are struck through on the left, added words underlined on the right'),
    h('colgroup', {}, h('col', { class: 'c-label' }), h('col', {}), h('col', {})),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Paragraph'), heading(c.a, 'Left', first?.kind === 'aligned' ? first.a : undefined), heading(c.b, 'Right', first?.kind === 'aligned' ? first.b : undefined))),
    h('tbody', {}, ...c.rows.map((r) => rowNode(c, r))));
  const quotes = c.drift.filter((d) => d.inQuote);
  const title = c.a.title ?? c.members[0]?.title ?? c.cluster;
  const node = h('section', { class: 'copy-compare' },
    h('h1', { tabindex: -1 }, `Side by side: ${title}`),
    h('p', { class: 'meta' }, h('a', { href: '/copies' }, 'All copy clusters'), ` · cluster `, h('code', {}, c.cluster), ` · ${c.members.length} articles`),
    chooser(c), summary(c),
    h('p', { class: 'legend' }, 'Marks: ', h('del', {}, 'cut'), ' ', h('ins', {}, 'added'), ' ', h('ins', { class: 'in-quote' }, 'changed inside a quotation'), ' · rows outside the copied block are folded away.'),
    table,
    h('section', { 'aria-labelledby': 'quote-changes' }, h('h2', { id: 'quote-changes' }, `Changes inside quotations (${quotes.length})`),
      quotes.length === 0 ? h('p', { class: 'muted' }, 'No quoted words differ between these two.') : h('ul', { class: 'quote-changes' }, ...quotes.map((d) => h('li', {}, quoteChange(c.a, c.b, d))))));
  return { title: `Side by side: ${title}`, node };
}
