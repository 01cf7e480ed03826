import type { CorpusStep } from '../core/corpus-step.js';
import type { Stage } from '../core/stage.js';

/** How `createServer` behaves. Every limit has a default fit for one person on one machine. */
export interface ServerOptions {
  /** The address the server will listen on; any address but loopback needs `token`. */
  readonly host: string;
  /** Access token: required as `Authorization: Bearer …` or the `presstrail_token` cookie. Null: open (loopback only). */
  readonly token: string | null;
  /** The built UI (dist/web); null serves the API only. */
  readonly webRoot: string | null;
  /** The pipeline uploads are run through. */
  readonly stages: readonly Stage[];
  /** Corpus steps run after an upload stored new documents, in order (default: copies, then entities, as `presstrail ingest`). */
  readonly corpusSteps?: readonly CorpusStep[];
  /** Largest uploaded file, in bytes. */
  readonly maxUploadBytes?: number;
  /** Most files in one upload. */
  readonly maxUploadFiles?: number;
  /** A handler taking longer is answered 503. Uploads are exempt: receiving one may take 10 minutes, and its ingest runs as a job. */
  readonly requestTimeoutMs?: number;
  /** Keep recent article searches for 30 s (default true; bench/api turns it off to measure the store). */
  readonly cacheSearches?: boolean;
  /** Log one line per request (to stderr). */
  readonly logRequests?: boolean;
}

export const SERVER_DEFAULTS = {
  maxUploadBytes: 64 * 1024 * 1024,
  maxUploadFiles: 1000,
  requestTimeoutMs: 30_000,
  /** JSON bodies (corrections) are small. */
  maxJsonBytes: 64 * 1024,
} as const;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
