import type { HeadlineVerdict } from '../core/headline.js';
import { HEADLINE_VERDICTS } from '../core/headline.js';
import { PresstrailError } from '../core/errors.js';
import { outletKey } from './article-rows.js';
import { checkCount, checkDay } from './article-query.js';
import type { HeadlineQuery, HeadlineSummary } from './store.js';

/** A HeadlineQuery checked and normalized once, so every backend filters the same way. */
export interface NormalizedHeadlineQuery {
  readonly verdict?: HeadlineVerdict;
  readonly attributed?: true;
  readonly outletKey?: string;
  readonly from?: string;
  readonly to?: string;
  readonly articles?: readonly string[];
  readonly limit?: number;
  readonly offset: number;
}

export function normalizeHeadlineQuery(query: HeadlineQuery = {}): NormalizedHeadlineQuery {
  if (query.verdict !== undefined && !HEADLINE_VERDICTS.includes(query.verdict)) {
    throw new PresstrailError('PT-E060', `Unknown headline verdict "${String(query.verdict)}": use one of ${HEADLINE_VERDICTS.map((v) => `"${v}"`).join(', ')}.`);
  }
  return {
    ...(query.verdict !== undefined ? { verdict: query.verdict } : {}),
    ...(query.attributed ? { attributed: true as const } : {}),
    ...(query.outlet !== undefined ? { outletKey: outletKey(query.outlet) } : {}),
    ...(query.from !== undefined ? { from: checkDay('from', query.from) } : {}),
    ...(query.to !== undefined ? { to: checkDay('to', query.to) } : {}),
    ...(query.articles !== undefined ? { articles: [...query.articles] } : {}),
    ...(query.limit !== undefined ? { limit: checkCount('limit', query.limit) } : {}),
    offset: query.offset === undefined ? 0 : checkCount('offset', query.offset),
  };
}

/** A stored row (JSON columns as text) as the summary every backend returns. */
export function headlineSummary(row: { article: string; document: string; uri: string; start: number; end: number; headline: string; verdict: string; claims: string; unsupported: string; date: string | null; outlet: string | null }): HeadlineSummary {
  return {
    article: row.article, document: row.document, uri: row.uri, start: row.start, end: row.end, headline: row.headline,
    verdict: row.verdict as HeadlineVerdict, claims: JSON.parse(row.claims) as HeadlineSummary['claims'],
    unsupported: JSON.parse(row.unsupported) as string[], date: row.date, outlet: row.outlet,
  };
}
