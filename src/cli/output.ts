import pc from 'picocolors';
import { isPresstrailError } from '../core/errors.js';

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Nothing could be done: the store could not be opened, an unexpected failure. */
  failure: 1,
  /** Bad usage: unknown option, invalid value, missing argument. */
  usage: 2,
  /** The command finished, but some inputs could not be read (ingest). */
  partial: 3,
  /** The thing asked for does not exist (show ID). */
  notFound: 4,
} as const;

export interface Io {
  readonly out: (text: string) => void;
  /** Like out, but waits while the output pipe is full (long exports). */
  readonly write: (text: string) => Promise<void>;
  readonly err: (text: string) => void;
  readonly isTTY: boolean;
  readonly debug: boolean;
}

/** One line for the user; the stack trace only with --debug. */
export function describeError(error: unknown, debug: boolean): string {
  const head = isPresstrailError(error) ? `${error.code} ${error.message}` : error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return `${pc.red('error')}: ${head}${stack}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A plain left-aligned table, each column cut to its width. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string {
  const cut = (s: string, w: number) => (s.length > w ? s.slice(0, Math.max(0, w - 1)) + '…' : s.padEnd(w));
  const line = (cells: readonly string[]) => cells.map((c, i) => cut(c.replace(/\s+/g, ' '), widths[i] ?? 20)).join('  ').trimEnd();
  return [pc.bold(line(headers)), ...rows.map(line)].join('\n') + '\n';
}
