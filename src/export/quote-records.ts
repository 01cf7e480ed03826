import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import type { Attribution, Quote } from '../core/quote.js';
import type { Span } from '../core/span.js';

export interface SpanText { readonly start: number; readonly end: number; readonly text: string }

/** What quote, attribution and headline records share: where they are, and the text there. */
export interface SpanRecord {
  readonly id: string;
  readonly article: string;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly by: string;
  readonly rule: string;
}

export interface QuoteRecord extends SpanRecord {
  readonly type: 'quote';
  readonly kind: Quote['kind'];
  readonly cue: SpanText | null;
  readonly sentence: SpanText;
  readonly parts: readonly SpanText[] | null;
  readonly speaker: {
    readonly name: string;
    readonly kind: string;
    readonly mention: SpanText | null;
    readonly resolved: SpanText | null;
    /** The entity id once entities exist (a later stage); null until then. */
    readonly entity: string | null;
  } | null;
  readonly confidence: number;
}

export interface AttributionRecord extends SpanRecord {
  readonly type: 'attribution';
  readonly source: { readonly name: string; readonly kind: string };
  readonly cue: SpanText | null;
}

function spanText(text: string, s: Span | null | undefined): SpanText | null {
  return s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null;
}

export function quoteRecord(doc: Document, q: Quote): QuoteRecord {
  return {
    type: 'quote', id: q.id, article: q.article, document: doc.id, start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), kind: q.kind,
    cue: spanText(doc.text, q.cue), sentence: spanText(doc.text, q.sentence)!, parts: q.parts ? q.parts.map((p) => spanText(doc.text, p)!) : null,
    speaker: q.speaker ? { name: q.speaker.name, kind: q.speaker.kind, mention: spanText(doc.text, q.speaker.mention), resolved: spanText(doc.text, q.speaker.resolved), entity: null } : null,
    confidence: q.confidence, by: q.by, rule: q.rule,
  };
}

export function attributionRecord(doc: Document, a: Attribution): AttributionRecord {
  return {
    type: 'attribution', id: a.id, article: a.article, document: doc.id, start: a.start, end: a.end, text: doc.text.slice(a.start, a.end),
    source: { name: a.source.name, kind: a.source.kind }, cue: spanText(doc.text, a.cue), by: a.by, rule: a.rule,
  };
}

export function quoteRecordsOf(doc: Document): Array<QuoteRecord | AttributionRecord> {
  return [...getLayer<Quote>(doc, 'quotes').map((q) => quoteRecord(doc, q)), ...getLayer<Attribution>(doc, 'attributions').map((a) => attributionRecord(doc, a))];
}
