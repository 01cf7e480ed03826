import type { ArticleView, QuoteView } from '../../server/article-view.js';
import type { Span } from '../../core/span.js';
import type { ArticleField } from '../../core/article.js';
import { h, speakerHref, type Child } from '../dom.js';
import type { MarkInfo } from './marks.js';
import { copyPanel } from './copy-panel.js';
import { datePanel, entityPanel } from './name-evidence.js';

/** Extra content a quote's panel gets (the correction form, once corrections are in the store). */
export type QuoteExtras = (quote: QuoteView) => Child;

export function slice(view: ArticleView, s: Span): string {
  return view.text.slice(Math.max(0, s.start - view.offset), Math.max(0, s.end - view.offset));
}

export function row(label: string, ...value: Child[]): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

export function where(s: Span): string {
  return `characters ${s.start}–${s.end}`;
}

/** The sentence with the part that is the mark's span highlighted (text only). */
export function sentenceWith(view: ArticleView, sentence: Span, inner: Span): HTMLElement {
  const a = Math.max(sentence.start, inner.start);
  const b = Math.min(sentence.end, inner.end);
  if (b <= a) return h('blockquote', { class: 'sentence' }, slice(view, sentence));
  return h('blockquote', { class: 'sentence' }, slice(view, { start: sentence.start, end: a }), h('mark', {}, slice(view, { start: a, end: b })), slice(view, { start: b, end: sentence.end }));
}

function quotePanel(view: ArticleView, q: QuoteView, extras: QuoteExtras): Child[] {
  const who = q.speaker
    ? h('span', {}, h('a', { href: speakerHref(q.speaker.name, q.speaker.kind), class: 'speaker-link' }, q.speaker.name), ` (${q.speaker.kind})`)
    : h('span', {}, 'unknown');
  const found = q.found;
  const changed = q.corrected && found && found.name !== q.speaker?.name ? h('span', { class: 'was' }, ` — the pipeline said ${found.name}`) : null;
  return [
    h('h2', { id: 'evidence-title' }, `Quote by ${q.speaker?.name ?? 'an unknown speaker'}`),
    h('p', { class: 'label' }, 'The exact sentence'),
    sentenceWith(view, q.sentence, q),
    h('dl', {},
      ...row('Speaker', who, changed),
      ...row('Quote', `${q.kind} · ${where(q)}`),
      ...(q.cue ? row('Cue', h('q', {}, slice(view, q.cue)), ` · ${where(q.cue)}`) : row('Cue', 'none (a floating or pull quote)')),
      ...(found?.mention ? row('Speaker named as', h('q', {}, slice(view, found.mention)), ` · ${where(found.mention)}`) : []),
      ...(found?.resolved ? row('Resolved to', h('q', {}, slice(view, found.resolved)), ` · ${where(found.resolved)}`) : []),
      ...row('Rule', h('code', {}, q.rule), ` (${q.by})`),
      ...row('Confidence', `${Math.round(q.confidence * 100)}%`),
      ...row('Id', h('code', {}, q.id)),
    ),
    extras(q),
  ];
}

/** Fills the evidence panel for one mark: what it says, the exact text, the rule, the confidence. */
export function evidenceContent(view: ArticleView, info: MarkInfo, extras: QuoteExtras): Child[] {
  if (info.kind === 'field') return fieldPanel(view, info.name, info.field);
  if (info.kind === 'copy') return copyPanel(view, info);
  if (info.kind === 'entity') return entityPanel(view, info.name);
  if (info.kind === 'date') return datePanel(view, info.date);
  if (info.kind === 'attribution') {
    const a = info.attribution;
    return [
      h('h2', { id: 'evidence-title' }, `Attributed to ${a.source.name}`),
      h('p', { class: 'label' }, 'The exact text'),
      h('blockquote', { class: 'sentence' }, slice(view, a)),
      h('dl', {},
        ...row('Source', `${a.source.name} (${a.source.kind})`),
        ...(a.cue ? row('Cue', h('q', {}, slice(view, a.cue)), ` · ${where(a.cue)}`) : []),
        ...row('Span', where(a)), ...row('Rule', h('code', {}, a.rule), ` (${a.by})`)),
    ];
  }
  return quotePanel(view, info.quote, extras);
}

function fieldPanel(view: ArticleView, name: string, f: ArticleField): Child[] {
  return [
    h('h2', { id: 'evidence-title' }, `Article ${name}`),
    h('dl', {},
      ...row('Value', f.value),
      ...(f.start !== undefined && f.end !== undefined ? row('Found in the text', h('q', {}, slice(view, { start: f.start, end: f.end })), ` · ${where({ start: f.start, end: f.end })}`) : []),
      ...row('Source', h('code', {}, f.source)), ...row('Rule', h('code', {}, f.rule))),
  ];
}
