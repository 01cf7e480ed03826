import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.js';
import type { OverviewCache } from '../compute-overview.js';
import type { IngestJobs } from '../ingest-jobs.js';
import type { ResponseCache } from '../response-cache.js';
import type { ServerOptions } from '../server-options.js';

/** What every route module gets: the store and the server's shared state. */
export interface RouteContext {
  readonly store: Store;
  readonly options: ServerOptions;
  readonly overview: OverviewCache;
  readonly jobs: IngestJobs;
  /** Recent article searches; cleared when this server writes. */
  readonly searches: ResponseCache<unknown>;
}

/** A route module: registers its routes on the app. Adding a view's API is one such module and one line in routes/index.ts. */
export type RouteModule = (app: FastifyInstance, ctx: RouteContext) => void;

/** Query-string fields shared by listings. */
export const PAGING = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 20, description: 'at most this many items' },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0, description: 'skip this many items' },
} as const;

export const DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD, inclusive' } as const;
export const OUTLET = { type: 'string', maxLength: 200, description: 'outlet name (case-insensitive)' } as const;

export const ERROR_RESPONSE = {
  description: 'an error: `{error: {code, message}}` (codes in docs/errors.md)',
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
} as const;

/** Drops absent and empty-string filters, so `?outlet=` means no outlet filter. */
export function present<T extends Record<string, unknown>>(query: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}
