import type { CorpusStep } from './core/corpus-step.js';
import { copiesStep } from './service/copies-step.js';
import { entitiesStep } from './service/entities-step.js';

/**
 * The corpus steps run after `ingest`, `import`, `reprocess` and `worker --once` (and by the job
 * that runs registered steps), in order. `ingest` runs `copies` itself (with progress, or not with
 * --no-copies) and the rest after it.
 */
export const defaultCorpusSteps: readonly CorpusStep[] = [copiesStep, entitiesStep];
