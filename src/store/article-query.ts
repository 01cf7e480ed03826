import { PresstrailError } from '../core/errors.js';
import { outletKey } from './article-rows.js';
import type { SearchNode } from './search/search-query.js';
import { parseSearchQuery } from './search/search-query.js';
import type { ArticleQuery } from './store.js';

/** An ArticleQuery checked and normalized once, so every backend filters the same way. */
export interface NormalizedQuery {
  readonly outletKey?: string;
  readonly from?: string;
  readonly to?: string;
  readonly search?: SearchNode;
  readonly document?: string;
  /** Absent: no limit. */
  readonly limit?: number;
  readonly offset: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Bad dates and counts are a caller's mistake (the CLI checks its options first): PT-E006.

export function normalizeQuery(query: ArticleQuery = {}): NormalizedQuery {
  const text = query.text?.trim();
  return {
    ...(query.outlet !== undefined ? { outletKey: outletKey(query.outlet) } : {}),
    ...(query.from !== undefined ? { from: checkDay('from', query.from) } : {}),
    ...(query.to !== undefined ? { to: checkDay('to', query.to) } : {}),
    ...(text ? { search: parseSearchQuery(text) } : {}),
    ...(query.document !== undefined ? { document: query.document } : {}),
    ...(query.limit !== undefined ? { limit: checkCount('limit', query.limit) } : {}),
    offset: query.offset === undefined ? 0 : checkCount('offset', query.offset),
  };
}

export function checkDay(name: string, value: string): string {
  if (!DAY.test(value)) throw new PresstrailError('PT-E006', `Invalid ${name} date "${value}": write it as YYYY-MM-DD, like 2024-03-31.`);
  return value;
}

export function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new PresstrailError('PT-E006', `Invalid ${name} ${value}: use a whole number, 0 or more.`);
  return value;
}
