import type { CorrectionDone } from '../../service/entity-corrections.js';
import { EXIT, type Io } from '../output.js';

/** One line per correction made, then the entities step's summary. */
export function reportCorrection(done: CorrectionDone, what: string, io: Io): number {
  io.out(`${done.correction.id} ${what}\n`);
  io.err(`entities: ${done.step.summary}\n`);
  return EXIT.ok;
}
