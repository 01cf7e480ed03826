import type { CorpusStep } from './core/corpus-step.js';
import { entitiesStep } from './service/entities-step.js';

/** The corpus steps run after `ingest` and `reprocess` (and by the job that runs registered steps), in order. */
export const defaultCorpusSteps: readonly CorpusStep[] = [entitiesStep];
