import type { Stage } from './core/stage.js';
import { articlesStage } from './stages/articles/index.js';
import { nerStage } from './stages/ner/index.js';
import { quotesStage } from './stages/quotes/index.js';
import { headlinesStage } from './stages/headlines/index.js';
import { sentencesStage } from './stages/sentences/index.js';
import { datesStage } from './stages/dates/index.js';
import { rolesStage } from './stages/roles/index.js';

/** The stages every ingested document goes through, in order. */
export const defaultPipeline: readonly Stage[] = [articlesStage, sentencesStage, nerStage, quotesStage, datesStage, rolesStage, headlinesStage];
