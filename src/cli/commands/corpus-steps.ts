import pc from 'picocolors';
import type { CorpusStep } from '../../core/corpus-step.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

/** Runs corpus steps (alias merging, …) after ingest or reprocess, one summary line each on stderr. */
export async function corpusStepsCommand(store: Store, steps: readonly CorpusStep[], options: { quiet: boolean }, io: Io): Promise<number> {
  for (const step of steps) {
    const started = Date.now();
    const result = await step.run(store);
    if (!options.quiet) io.err(`${pc.bold(step.name)}: ${result.summary} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return EXIT.ok;
}
