import pc from 'picocolors';
import type { CorpusStep } from '../../core/corpus-step.js';
import { runCorpusSteps } from '../../service/corpus/run-corpus-steps.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';
import { corpusLockFor } from './corpus.js';

/**
 * Runs corpus steps (alias merging, …) after ingest, import, reprocess or a drained worker, each
 * under its corpus lock (two workers finishing at once take turns), one line each on stderr. A
 * failed step is reported; the command that ran it keeps its own exit code.
 */
export async function corpusStepsCommand(store: Store, db: string, steps: readonly CorpusStep[], options: { quiet: boolean }, io: Io): Promise<number> {
  const lock = corpusLockFor(db);
  try {
    for (const run of await runCorpusSteps(store, steps, { lock })) {
      if (run.error !== undefined) io.err(`${pc.red('error')}: corpus step ${run.step}: ${run.error}\n`);
      else if (!options.quiet) io.err(`${pc.bold(run.step)}: ${run.result?.summary ?? ''} (${run.seconds.toFixed(1)} s)\n`);
    }
  } finally {
    await lock.close();
  }
  return EXIT.ok;
}
