import { articleRoutes } from './articles.js';
import { copyRoutes } from './copies.js';
import { correctionRoutes } from './corrections.js';
import { headlineRoutes } from './headlines.js';
import { ingestRoutes } from './ingest.js';
import { overviewRoutes } from './overview.js';
import { quoteRoutes } from './quotes.js';
import type { RouteModule } from './route-context.js';
import { speakerRoutes } from './speakers.js';

/**
 * Every API route module, in one list. Views still to come register here when their store
 * methods land: /api/entities… (entities), /api/timeline (dates), /api/copies… (copy clusters).
 * Corrections of entities join /api/corrections with the entities views.
 */
export const ROUTES: readonly RouteModule[] = [overviewRoutes, articleRoutes, quoteRoutes, speakerRoutes, ingestRoutes, correctionRoutes, headlineRoutes, copyRoutes];
