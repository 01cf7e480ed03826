import { DAY, OUTLET, PAGING, present, type RouteModule } from './route-context.js';

const SPEAKER_KINDS = ['person', 'anonymous', 'organization', 'document', 'media'];

interface QuoteListQuery { speaker?: string; speakerKind?: string; kind?: string; text?: string; outlet?: string; from?: string; to?: string; article?: string; distinct?: boolean; limit: number; offset: number }

/** Quotes with their speakers, filterable like articles. */
export const quoteRoutes: RouteModule = (app, { store }) => {
  app.get<{ Querystring: QuoteListQuery }>('/api/quotes', {
    schema: {
      tags: ['quotes'],
      summary: 'List quotes, oldest first',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          speaker: { type: 'string', maxLength: 200, description: 'speaker name contains this (case-insensitive)' },
          speakerKind: { type: 'string', enum: SPEAKER_KINDS },
          kind: { type: 'string', enum: ['direct', 'mixed', 'indirect'] },
          text: { type: 'string', maxLength: 500, description: 'the quote contains these words' },
          outlet: OUTLET, from: DAY, to: DAY, article: { type: 'string', maxLength: 100 },
          distinct: { type: 'boolean', description: 'count a quote once per copy cluster (a reprinted quote is one report)' }, ...PAGING,
        },
      },
    },
  }, async (request) => {
    const { limit, offset, ...filters } = request.query;
    const query = present(filters) as Parameters<typeof store.listQuotes>[0];
    const [items, total] = await Promise.all([store.listQuotes({ ...query, limit, offset }), store.countQuotes(query)]);
    return { total, offset, items };
  });
};
