import type { ArticleField } from '../../core/article.js';
import type { Attribution } from '../../core/quote.js';
import type { ArticleView, QuoteView } from '../../server/article-view.js';
import type { CopiedParagraph } from '../../server/article-copies.js';
import type { ArticleNames, DateMark, NameMark } from '../../server/article-names.js';
import type { TextMark } from './segments.js';

/** What one mark on the text stands for; the evidence panel draws it. */
export type MarkInfo =
  | { readonly kind: 'quote' | 'cue' | 'mention'; readonly quote: QuoteView }
  | { readonly kind: 'attribution'; readonly attribution: Attribution }
  | { readonly kind: 'field'; readonly name: string; readonly field: ArticleField }
  /** A paragraph other articles hold copies of (see copy-marks.ts). */
  | { readonly kind: 'copy'; readonly paragraph: CopiedParagraph; readonly article: string; readonly cluster: string | null }
  | { readonly kind: 'entity'; readonly name: NameMark }
  | { readonly kind: 'date'; readonly date: DateMark };

export interface ReaderMarks {
  readonly spans: readonly TextMark[];
  readonly info: ReadonlyMap<string, MarkInfo>;
  /** CSS classes per mark id (the speaker colour of a quote). */
  readonly classes: ReadonlyMap<string, string>;
  /** Speaker colour slot (0–7) by speaker name, in order of first appearance; -1 unknown. */
  readonly colours: ReadonlyMap<string, number>;
}

export const COLOURS = 8;
const FIELDS = ['title', 'date', 'author', 'outlet', 'url'] as const;

export function speakerLabel(q: QuoteView): string {
  return q.speaker?.name ?? 'speaker unknown';
}

/** The mark id of a name or a date: its span, so a link can point at it (`?mark=ent:120-134`). */
export function spanMarkId(prefix: 'ent' | 'dt', s: { start: number; end: number }): string {
  return `${prefix}:${s.start}-${s.end}`;
}

/**
 * Every span the reader draws: names and dates (underlined; added first so that a speaker
 * mention over the same words stays the innermost mark), quotes (by part), their cues and
 * speaker mentions, attributions, fields.
 */
export function readerMarks(view: ArticleView, names: ArticleNames | null = null): ReaderMarks {
  const spans: TextMark[] = [];
  const info = new Map<string, MarkInfo>();
  const classes = new Map<string, string>();
  const colours = new Map<string, number>();
  const add = (id: string, span: { start: number; end: number } | null | undefined, what: MarkInfo, cls: string) => {
    if (!span) return;
    spans.push({ id, start: span.start, end: span.end });
    info.set(id, what);
    classes.set(id, cls);
  };
  for (const n of names?.names ?? []) add(spanMarkId('ent', n), n, { kind: 'entity', name: n }, `m-entity k-${n.kind}`);
  for (const d of names?.dates ?? []) add(spanMarkId('dt', d), d, { kind: 'date', date: d }, 'm-date');
  for (const q of view.quotes) {
    const name = q.speaker?.name ?? '';
    if (name && !colours.has(name)) colours.set(name, colours.size % COLOURS);
    const colour = name ? `sp-${colours.get(name)}` : 'sp-none';
    for (const part of q.parts ?? [q]) add(`q:${q.id}`, part, { kind: 'quote', quote: q }, `m-quote ${colour}${q.corrected ? ' corrected' : ''}${q.rejected ? ' rejected' : ''}`);
    add(`cue:${q.id}`, q.cue, { kind: 'cue', quote: q }, 'm-cue');
    add(`who:${q.id}`, q.found?.mention, { kind: 'mention', quote: q }, 'm-mention');
  }
  for (const a of view.attributions) {
    add(`at:${a.id}`, a, { kind: 'attribution', attribution: a }, 'm-attr');
  }
  for (const name of FIELDS) {
    const field = view.article[name];
    if (field && field.start !== undefined && field.end !== undefined && field.end > field.start) {
      add(`f:${name}`, { start: field.start, end: field.end }, { kind: 'field', name, field }, `m-field f-${name}`);
    }
  }
  return { spans, info, classes, colours };
}
