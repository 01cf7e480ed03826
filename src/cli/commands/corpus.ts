import pc from 'picocolors';
import { enqueueCorpusSteps, openQueue, type JobPolicy } from '../../queue/index.js';
import { processCorpusLock, type CorpusLock } from '../../service/corpus/corpus-lock.js';
import type { CorpusRegistry } from '../../service/corpus/corpus-registry.js';
import { runCorpusSteps } from '../../service/corpus/run-corpus-steps.js';
import { postgresCorpusLock } from '../../store/postgres/advisory-lock.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';
import { requirePostgres } from './jobs.js';

/** PostgreSQL stores are shared, so their lock is in the server; a SQLite or memory store has one writer process. */
export function corpusLockFor(db: string): CorpusLock {
  return /^postgres(ql)?:\/\//i.test(db) ? postgresCorpusLock(db) : processCorpusLock();
}

/** `presstrail corpus list`: the registered steps. */
export function corpusListCommand(registry: CorpusRegistry, io: Io): number {
  for (const step of registry.steps) io.out(`${step.name} v${step.version}\n`);
  if (registry.steps.length === 0) io.err('no corpus steps are registered in this build\n');
  return EXIT.ok;
}

/** `presstrail corpus run [STEP...]`: runs the steps here, one after another, each under its lock. */
export async function corpusRunCommand(store: Store, db: string, registry: CorpusRegistry, names: readonly string[], options: { json: boolean; quiet: boolean }, io: Io): Promise<number> {
  const steps = registry.select(names);
  const lock = corpusLockFor(db);
  let last = Date.now();
  const runs = await runCorpusSteps(store, steps, {
    lock,
    onWait: (step) => io.err(`${step}: another run of this step is in progress; waiting for it to finish\n`),
    onProgress: (step, done, total) => {
      if (options.quiet || done >= total || Date.now() - last < (io.isTTY ? 200 : 5000)) return;
      last = Date.now();
      io.err(io.isTTY ? `\r\x1b[2K${step}: ${done}/${total}` : `${step}: ${done}/${total}\n`);
    },
  }).finally(() => lock.close());
  if (io.isTTY && !options.quiet) io.err('\r\x1b[2K');
  for (const run of runs) {
    if (options.json) io.out(JSON.stringify({ step: run.step, version: run.version, seconds: run.seconds, ...run.result, ...(run.error !== undefined ? { error: run.error } : {}) }) + '\n');
    else if (run.error !== undefined) io.err(`${pc.red('error')}: ${run.step}: ${run.error}\n`);
    else io.out(`${run.step}: ${run.result?.summary ?? ''} (${run.seconds.toFixed(1)} s)\n`);
  }
  return runs.some((r) => r.error !== undefined) ? EXIT.failure : EXIT.ok;
}

/** `presstrail corpus run --queue [STEP...]`: one job per step for workers; a step already waiting is not queued twice. */
export async function corpusEnqueueCommand(db: string, registry: CorpusRegistry, names: readonly string[], policy: JobPolicy, io: Io): Promise<number> {
  requirePostgres(db, 'corpus run --queue');
  const steps = registry.select(names);
  const queue = await openQueue(db);
  try {
    for (const r of await enqueueCorpusSteps(queue, steps.map((s) => s.name), policy)) {
      io.err(r.queued ? `${r.step}: queued\n` : `${r.step}: a run is already waiting; it will see every document stored until it starts\n`);
    }
  } finally {
    await queue.close();
  }
  return EXIT.ok;
}
