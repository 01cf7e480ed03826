import { api, entityApi } from '../api.js';
import type { ArticleView, QuoteView } from '../../server/article-view.js';
import { clear, entityHref, h, isSafeUrl, speakerHref, type Child } from '../dom.js';
import { resolveMark, speakerEntity } from '../reader/name-evidence.js';
import type { ArticleNames } from '../../server/article-names.js';
import { correctionControls } from '../reader/correction-form.js';
import { evidenceContent } from '../reader/evidence.js';
import { headlineSection, verdictBadge } from '../reader/headline-check.js';
import { readerMarks, speakerLabel, type ReaderMarks } from '../reader/marks.js';
import { renderText } from '../reader/render-text.js';
import { withCopyMarks } from '../reader/copy-marks.js';
import { clusterLine, copiedParagraphs } from '../reader/copy-panel.js';
import type { Rendered, ViewContext } from '../router.js';


function meta(view: ArticleView): HTMLElement {
  const a = view.article;
  const url = a.url?.value;
  return h('p', { class: 'meta' },
    a.date?.value ?? 'undated', ' · ', a.outlet?.value ?? 'no outlet', a.author ? ` · by ${a.author.value}` : '',
    url && isSafeUrl(url) ? h('span', {}, ' · ', h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', 'data-external': true }, 'original')) : null,
    h('br'), h('span', { class: 'source' }, `${view.origin.uri} · characters ${a.start}–${a.end} of ${a.document}`));
}

function legend(): HTMLElement {
  return h('p', { class: 'legend' }, 'Marks: ',
    h('span', { class: 'm-quote sp-0' }, 'quote (colour per speaker)'), ' ', h('span', { class: 'm-cue' }, 'cue'), ' ',
    h('span', { class: 'm-mention' }, 'speaker named'), ' ', h('span', { class: 'm-attr' }, 'attribution'), ' ', h('span', { class: 'm-field' }, 'article field'), ' ', h('span', { class: 'm-copy' }, 'copied elsewhere'), ' ', h('span', { class: 'm-copy m-copy-changed' }, 'copied with changes'), ' ',
    h('span', { class: 'm-entity' }, 'person, organisation, place'), ' ', h('span', { class: 'm-date' }, 'date'),
    ' · click or press Enter on a mark for its evidence.');
}

function quoteList(view: ArticleView, marks: ReaderMarks, select: (id: string) => void, names: ArticleNames | null = null): Child {
  if (view.quotes.length === 0) return h('p', { class: 'muted' }, 'No quotes found in this article.');
  return h('ol', { class: 'quote-list' }, ...view.quotes.map((q) => {
    const slot = q.speaker ? marks.colours.get(q.speaker.name) : undefined;
    const text = view.text.slice(q.start - view.offset, q.end - view.offset).replace(/\s+/g, ' ');
    return h('li', {},
      h('button', { type: 'button', class: `quote-button sp-${slot ?? 'none'}`, 'data-quote': q.id, 'on:click': () => select(`q:${q.id}`) },
        h('strong', {}, speakerLabel(q)), q.corrected ? h('span', { class: 'badge' }, 'corrected') : null, q.rejected ? h('span', { class: 'badge' }, 'not a quote') : null, ` — ${text.length > 90 ? `${text.slice(0, 90)}…` : text}`),
      q.speaker ? h('a', { href: speakerHref(q.speaker.name, q.speaker.kind), class: 'small' }, 'speaker page') : null,
      ((e) => (e ? h('span', { class: 'small' }, ' · ', h('a', { href: entityHref(e.id) }, 'entity page')) : null))(speakerEntity(names, q)));
  }));
}

/** The speaker's entity page, when the speaker's name is grouped into an entity. */
function entityLink(names: ArticleNames | null, q: QuoteView): Child {
  const e = speakerEntity(names, q);
  return e ? h('p', { class: 'small' }, h('a', { href: entityHref(e.id), class: 'entity-link' }, `${e.name}: entity page`), ' (aliases, roles, every quote)') : null;
}

/** The reader: the article text with every mark, the evidence panel, and who said what. */
export async function articleView({ params, query, signal }: ViewContext): Promise<Rendered> {
  // Copies and names come from their own routes; a store without a copy index or entities still opens the article.
  const [view, copies, names] = await Promise.all([api.article(params[0]!, signal), api.articleCopies(params[0]!, signal).catch(() => null),
    entityApi.names(params[0]!, signal).catch((): ArticleNames | null => null)]);
  const marks = withCopyMarks(readerMarks(view, names), copies, view.article.id);
  const panel = h('aside', { class: 'evidence', 'aria-live': 'polite', 'aria-labelledby': 'evidence-title' },
    h('h2', { id: 'evidence-title' }, 'Evidence'), h('p', { class: 'muted' }, 'Select a highlighted passage to see the exact text, the rule that found it and how sure it is.'));
  const text = renderText(view, marks);
  const select = (id: string) => {
    const info = marks.info.get(id);
    if (!info) return;
    for (const el of text.querySelectorAll('.selected')) el.classList.remove('selected');
    const quoteId = info.kind === 'quote' || info.kind === 'cue' || info.kind === 'mention' ? `q:${info.quote.id}` : id;
    for (const el of text.querySelectorAll(`[data-marks~="${CSS.escape(quoteId)}"]`)) el.classList.add('selected');
    clear(panel);
    const extras = (q: QuoteView) => h('div', {}, entityLink(names, q), correctionControls(q, () => document.dispatchEvent(new CustomEvent('presstrail:reload'))));
    for (const child of evidenceContent(view, info, extras)) if (child) panel.append(child as Node);
    const url = new URL(location.href);
    url.searchParams.set('mark', quoteId);
    history.replaceState(null, '', url.pathname + url.search);
  };
  const activate = (event: Event) => {
    const el = (event.target as Element).closest('[data-mark]');
    if (el) select(el.getAttribute('data-mark')!);
  };
  text.addEventListener('click', activate);
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); activate(event); }
  });
  const showInText = (mark: string) => {
    select(mark);
    const first = text.querySelector<HTMLElement>('.selected');
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: 'center' });
  };
  const title = view.article.title?.value ?? '(untitled)';
  const badge = verdictBadge(view.headline?.verdict);
  const node = h('article', { class: 'reader' },
    h('h1', { tabindex: -1 }, title), badge ? h('p', { class: 'headline-line' }, badge) : null, meta(view), clusterLine(copies, view.article.id), legend(),
    h('div', { class: 'reader-grid' },
      h('section', { 'aria-label': 'Article text' }, text),
      h('div', { class: 'side' }, headlineSection(view, showInText), panel, h('section', { 'aria-labelledby': 'who-said' }, h('h2', { id: 'who-said' }, `Who said what (${view.quotes.length})`), quoteList(view, marks, select, names)), copiedParagraphs(view, copies, showInText))));
  const mark = query.get('mark');
  if (mark) queueMicrotask(() => select(resolveMark(marks.info, mark.includes(':') ? mark : `q:${mark}`)));
  return { title, node };
}
