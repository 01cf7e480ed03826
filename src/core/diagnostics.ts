import type { Span } from './span.js';

/**
 * A problem found in one input (vfile-message): recorded on the document, never thrown,
 * so the batch goes on. `fatal` means the input produced nothing usable.
 */
export interface DocumentMessage {
  readonly reason: string;
  readonly ruleId: string;
  /** The stage or reader that found it (`ingest.html`, `articles.v1`). */
  readonly source: string;
  readonly fatal: boolean;
  readonly span?: Span;
}

export function message(source: string, ruleId: string, reason: string, options: { fatal?: boolean; span?: Span } = {}): DocumentMessage {
  return { reason, ruleId, source, fatal: options.fatal ?? false, ...(options.span ? { span: options.span } : {}) };
}
