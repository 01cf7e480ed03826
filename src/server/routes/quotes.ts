import { SEARCH_COUNT_CAP } from './article-page-schema.js';
import { DAY, OUTLET, PAGING, present, type RouteModule } from './route-context.js';

const SPEAKER_KINDS = ['person', 'anonymous', 'organization', 'document', 'media'];

interface QuoteListQuery { speaker?: string; speakerKind?: string; kind?: string; text?: string; outlet?: string; from?: string; to?: string; article?: string; distinct?: boolean; limit: number; offset: number }

/** Quotes with their speakers, filterable like articles. */
export const quoteRoutes: RouteModule = (app, { store }) => {
  app.get<{ Querystring: QuoteListQuery }>('/api/quotes', {
    schema: {
      tags: ['quotes'],
      summary: 'List quotes, oldest first',
      description: `With \`text\`, counting stops past ${SEARCH_COUNT_CAP} matches: then \`total\` is ${SEARCH_COUNT_CAP} and \`totalIsLowerBound\` is true.`,
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
    // Search as you type sends `text`: its count stops past the cap, as the article count does.
    const cap = query?.text !== undefined ? SEARCH_COUNT_CAP + 1 : undefined;
    const [items, counted] = await Promise.all([store.listQuotes({ ...query, limit, offset }), store.countQuotes(query, cap)]);
    const totalIsLowerBound = cap !== undefined && counted > SEARCH_COUNT_CAP;
    return { total: totalIsLowerBound ? SEARCH_COUNT_CAP : counted, totalIsLowerBound, offset, items };
  });
};
