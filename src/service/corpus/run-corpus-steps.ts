import type { CorpusStep, CorpusStepResult } from '../../core/corpus-step.js';
import type { Store } from '../../store/store.js';
import type { CorpusLock } from './corpus-lock.js';

export interface CorpusStepRun {
  readonly step: string;
  readonly version: number;
  readonly seconds: number;
  readonly result?: CorpusStepResult;
  /** Why the step failed; the steps after it still run. */
  readonly error?: string;
  /** What was thrown, for a caller that tells a lost connection from a failed step. */
  readonly cause?: unknown;
}

export interface RunCorpusOptions {
  readonly lock: CorpusLock;
  readonly onWait?: (step: string) => void;
  readonly onProgress?: (step: string, done: number, total: number) => void;
}

/** Runs one step under its lock: a second run of the same step, here or elsewhere, waits for this one. */
export async function runCorpusStep(store: Store, step: CorpusStep, options: RunCorpusOptions): Promise<CorpusStepRun> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const result = await options.lock.hold(step.name, () => options.onWait?.(step.name),
      () => step.run(store, (done, total) => options.onProgress?.(step.name, done, total)));
    return { step: step.name, version: step.version, seconds: seconds(), result };
  } catch (error) {
    return { step: step.name, version: step.version, seconds: seconds(), error: error instanceof Error ? error.message : String(error), cause: error };
  }
}

/** Runs the steps one after another, in order; a failed step is reported and the next one runs. */
export async function runCorpusSteps(store: Store, steps: readonly CorpusStep[], options: RunCorpusOptions): Promise<CorpusStepRun[]> {
  const runs: CorpusStepRun[] = [];
  for (const step of steps) runs.push(await runCorpusStep(store, step, options));
  return runs;
}
