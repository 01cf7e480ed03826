import type { Document } from './document.js';

export interface StageContext {
  /** Lazy debug output: the function runs only when debugging is on. */
  debug(message: () => string): void;
}

/**
 * A pipeline stage: pure, no I/O, no globals, never mutates its input document.
 * `requires` names layers that must exist before it runs; `produces` the layers it sets.
 */
export interface Stage {
  readonly name: string;
  readonly version: number;
  readonly requires: readonly string[];
  readonly produces: readonly string[];
  run(doc: Document, ctx: StageContext): Document;
}

export const silentContext: StageContext = { debug() {} };

/** The `by` tag annotations of a stage carry: `articles.v1`. */
export function stageTag(stage: Pick<Stage, 'name' | 'version'>): string {
  return `${stage.name}.v${stage.version}`;
}
