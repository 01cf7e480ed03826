import type { Stage } from './core/stage.js';
import { articlesStage } from './stages/articles/index.js';

/** The stages every ingested document goes through, in order. */
export const defaultPipeline: readonly Stage[] = [articlesStage];
