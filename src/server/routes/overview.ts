import type { RouteModule } from './route-context.js';

/** Corpus-wide figures: the overview page and the outlet list the search filters offer. */
export const overviewRoutes: RouteModule = (app, { overview }) => {
  app.get('/api/overview', {
    schema: { tags: ['corpus'], summary: 'Counts for the corpus overview: articles over time, outlets, quotes by source kind per outlet, most-quoted speakers' },
  }, async () => overview.get());

  app.get('/api/outlets', {
    schema: { tags: ['corpus'], summary: 'Outlets, most articles first' },
  }, async () => ({ items: (await overview.get()).stats.outlets }));
};
