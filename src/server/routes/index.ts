import { articleRoutes } from './articles.js';
import { copyRoutes } from './copies.js';
import { correctionRoutes } from './corrections.js';
import { entityRoutes } from './entities.js';
import { entityCorrectionRoutes } from './entity-corrections.js';
import { headlineRoutes } from './headlines.js';
import { ingestRoutes } from './ingest.js';
import { overviewRoutes } from './overview.js';
import { quoteRoutes } from './quotes.js';
import type { RouteModule } from './route-context.js';
import { speakerRoutes } from './speakers.js';
import { timelineRoutes } from './timeline.js';

/**
 * Every API route module, in one list: a new view registers its routes here.
 */
export const ROUTES: readonly RouteModule[] = [overviewRoutes, articleRoutes, quoteRoutes, speakerRoutes, ingestRoutes, correctionRoutes, headlineRoutes,
  entityRoutes, entityCorrectionRoutes, timelineRoutes, copyRoutes];
