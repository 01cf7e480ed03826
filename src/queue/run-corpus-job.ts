import type { CorpusLock } from '../service/corpus/corpus-lock.js';
import type { CorpusRegistry } from '../service/corpus/corpus-registry.js';
import { runCorpusStep, type CorpusStepRun } from '../service/corpus/run-corpus-steps.js';
import type { Store } from '../store/store.js';
import { corpusJobOutput, corpusQueueName, type CorpusJobData } from './corpus-jobs.js';
import type { Queue } from './open-queue.js';
import { isConnectionLost, persist, type PersistOptions } from './reconnect.js';

export interface CorpusJobReport {
  readonly ok: boolean;
  readonly run: CorpusStepRun;
}

/**
 * Takes one queued corpus job, if any, and runs its step under the step's lock. A step that
 * fails because PostgreSQL went away is run again from the start when the server is back (a
 * corpus step is safe to re-run); any other failure fails the job, which pg-boss retries.
 */
export async function takeCorpusJob(queue: Queue, store: Store, corpus: { registry: CorpusRegistry; lock: CorpusLock }, again: PersistOptions): Promise<CorpusJobReport | undefined> {
  for (const step of corpus.registry.steps) {
    const name = corpusQueueName(step.name);
    const [job] = await queue.boss.fetch<CorpusJobData>(name, { batchSize: 1 });
    if (!job) continue;
    const run = await persist(async () => {
      const attempt = await runCorpusStep(store, step, { lock: corpus.lock });
      if (attempt.error !== undefined && isConnectionLost(attempt.cause)) throw attempt.cause;
      return attempt;
    }, again);
    if (run.error === undefined) await persist(() => queue.boss.complete(name, job.id, corpusJobOutput(run)), again);
    else await persist(() => queue.boss.fail(name, job.id, { message: run.error }), again);
    return { ok: run.error === undefined, run };
  }
  return undefined;
}
