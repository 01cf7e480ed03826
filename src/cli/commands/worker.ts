import pc from 'picocolors';
import type { Stage } from '../../core/stage.js';
import { openQueue, runWorker } from '../../queue/index.js';
import type { CorpusRegistry } from '../../service/corpus/corpus-registry.js';
import type { Store } from '../../store/store.js';
import { corpusLockFor } from './corpus.js';
import { EXIT, type Io } from '../output.js';
import { requirePostgres } from './jobs.js';

export interface WorkerCommandOptions {
  readonly concurrency: number;
  readonly once: boolean;
  readonly maxSize: number;
  readonly quiet: boolean;
}

/**
 * `presstrail worker`: takes ingest jobs until stopped (SIGINT or SIGTERM finish the jobs in
 * hand, then exit) or, with --once, until no job is queued or running.
 */
export async function workerCommand(store: Store, db: string, stages: readonly Stage[], registry: CorpusRegistry, options: WorkerCommandOptions, io: Io): Promise<number> {
  requirePostgres(db, 'worker');
  const queue = await openQueue(db, { supervise: true });
  const stop = new AbortController();
  let lostReported = 0;
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const summary = await runWorker(queue, store, {
      stages, corpus: { registry, lock: corpusLockFor(db) }, concurrency: options.concurrency, once: options.once, maxBytes: options.maxSize, signal: stop.signal,
      onJob: (r) => {
        if (!r.ok) io.err(`${pc.red('error')}: ${r.path}: ${r.error}\n`);
        else if (!options.quiet) io.err(`done ${r.path}: ${r.outcome?.added ?? 0} documents added\n`);
      },
      onCorpusJob: ({ run }) => {
        if (run.error !== undefined) io.err(`${pc.red('error')}: corpus step ${run.step}: ${run.error}\n`);
        else if (!options.quiet) io.err(`done corpus step ${run.step}: ${run.result?.summary ?? ''}\n`);
      },
      onConnectionLost: (error) => {
        const now = Date.now();
        if (now - lostReported < 10_000) return;
        lostReported = now;
        io.err(`${pc.yellow('warning')}: lost the connection to PostgreSQL (${error instanceof Error ? error.message : String(error)}); retrying until it is back\n`);
      },
    });
    if (!options.quiet) io.err(`worker: ${summary.done} jobs done, ${summary.failed} attempts failed\n`);
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await queue.close();
  }
}
