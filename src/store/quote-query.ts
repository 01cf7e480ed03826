import type { QuoteKind, SpeakerKind } from '../core/quote.js';
import { outletKey } from './article-rows.js';
import { checkCount, checkDay } from './article-query.js';
import type { QuoteQuery } from './store.js';

/** A QuoteQuery checked and normalized once, so every backend filters the same way. */
export interface NormalizedQuoteQuery {
  readonly speaker?: string;
  /** A speaker key (see speakerKey): equal, not contained. */
  readonly speakerIs?: string;
  readonly speakerKind?: SpeakerKind;
  readonly kind?: QuoteKind;
  readonly outletKey?: string;
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
  readonly article?: string;
  readonly limit?: number;
  readonly offset: number;
}

const lower = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.replace(/\s+/g, ' ').trim().toLowerCase());

export function normalizeQuoteQuery(query: QuoteQuery = {}): NormalizedQuoteQuery {
  const speaker = lower(query.speaker);
  const text = lower(query.text);
  const speakerIs = lower(query.speakerIs);
  return {
    ...(speaker !== undefined ? { speaker } : {}),
    ...(speakerIs !== undefined ? { speakerIs } : {}),
    ...(query.speakerKind !== undefined ? { speakerKind: query.speakerKind } : {}),
    ...(query.kind !== undefined ? { kind: query.kind } : {}),
    ...(query.outlet !== undefined ? { outletKey: outletKey(query.outlet) } : {}),
    ...(query.from !== undefined ? { from: checkDay('from', query.from) } : {}),
    ...(query.to !== undefined ? { to: checkDay('to', query.to) } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(query.article !== undefined ? { article: query.article } : {}),
    ...(query.limit !== undefined ? { limit: checkCount('limit', query.limit) } : {}),
    offset: query.offset === undefined ? 0 : checkCount('offset', query.offset),
  };
}
