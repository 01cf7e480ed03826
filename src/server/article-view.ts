import type { Article, BoilerplateSpan } from '../core/article.js';
import type { Correction } from '../core/correction.js';
import type { Origin } from '../core/document.js';
import { getLayer } from '../core/document.js';
import type { Attribution, Quote, Speaker } from '../core/quote.js';
import type { Span } from '../core/span.js';
import type { HeadlineSummary, QuoteSummary, StoredArticle } from '../store/store.js';

/**
 * What the reader needs to draw one article: its text (the article's span of the document, sent
 * once) and every annotation on it, in document offsets. `offset` is where `text` starts in the
 * document, so `text.slice(s.start - offset, s.end - offset)` is any span's text.
 */
export interface ArticleView {
  readonly article: Omit<Article, 'boilerplate'>;
  readonly origin: Origin;
  readonly offset: number;
  readonly text: string;
  readonly boilerplate: readonly BoilerplateSpan[];
  readonly quotes: readonly QuoteView[];
  readonly attributions: readonly Attribution[];
  /** The headline check (claims, verdicts, evidence); null when the headline was not checked. */
  readonly headline: HeadlineSummary | null;
}

/** A quote as the pipeline found it, with the speaker the store reports now (after corrections). */
export interface QuoteView {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly by: string;
  readonly rule: string;
  readonly kind: Quote['kind'];
  readonly cue: Span | null;
  readonly sentence: Span;
  readonly parts?: readonly Span[];
  readonly confidence: number;
  /** The speaker the pipeline found (its mention spans are evidence). */
  readonly found: Speaker | null;
  /** The speaker shown: `found`, unless a correction says otherwise. */
  readonly speaker: { readonly name: string; readonly kind: Speaker['kind'] } | null;
  /** True when a correction changed the speaker. */
  readonly corrected: boolean;
  /** True when an active correction says this is not a quote (the store no longer lists it). */
  readonly rejected: boolean;
  /** Every correction made to this quote, undone ones included, oldest first. */
  readonly corrections: readonly Correction[];
}

/** The corrections of one quote: by its anchor (characters survive re-processing), else by its id. */
function correctionsOf(q: Quote, document: string, corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c) => (c.anchor ? c.anchor.document === document && c.anchor.start === q.start && c.anchor.end === q.end : c.target === q.id));
}

export function articleView(stored: StoredArticle, summaries: readonly QuoteSummary[], corrections: readonly Correction[] = [], headline: HeadlineSummary | null = null): ArticleView {
  const { article, document } = stored;
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const inArticle = <T extends { article: string }>(layer: string) => getLayer<T & Span & { by: string; rule: string }>(document, layer).filter((a) => a.article === article.id);
  const quotes = inArticle<Quote>('quotes').map((q): QuoteView => {
    const summary = byId.get(q.id);
    const mine = correctionsOf(q, document.id, corrections);
    const speaker = summary ? (summary.speaker !== null ? { name: summary.speaker, kind: summary.speakerKind ?? 'person' } : null) : q.speaker && { name: q.speaker.name, kind: q.speaker.kind };
    return {
      id: q.id, start: q.start, end: q.end, by: q.by, rule: q.rule, kind: q.kind, cue: q.cue, sentence: q.sentence,
      ...(q.parts ? { parts: q.parts } : {}), confidence: q.confidence, found: q.speaker, speaker,
      corrected: summary?.corrected === true, rejected: summary === undefined && mine.some((c) => c.kind === 'quote.reject' && c.undoneAt === null),
      corrections: mine,
    };
  });
  const { boilerplate, ...fields } = article;
  return {
    article: fields, origin: document.origin, offset: article.start, text: document.text.slice(article.start, article.end),
    boilerplate, quotes, attributions: inArticle<Attribution>('attributions'), headline,
  };
}
