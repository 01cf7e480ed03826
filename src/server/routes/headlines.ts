import { HEADLINE_VERDICTS, verdictFromSlug, verdictSlug } from '../../core/headline.js';
import type { HeadlineQuery } from '../../store/store.js';
import { DAY, ERROR_RESPONSE, OUTLET, PAGING, present, type RouteModule } from './route-context.js';

interface HeadlineListQuery { verdict?: string; all?: boolean; outlet?: string; from?: string; to?: string; limit: number; offset: number }

const VERDICT = {
  type: 'string', enum: HEADLINE_VERDICTS.map(verdictSlug),
  description: 'only headlines with this verdict (the article\'s least supported claim)',
} as const;

/**
 * Headline checks (issue 7): does the body support what the headline says someone said? Never a
 * judgement of whether a claim is true. Like `presstrail headlines`, headlines that attribute
 * nothing are left out unless `all` or `verdict=no-attribution` asks for them.
 */
export const headlineRoutes: RouteModule = (app, { store }) => {
  app.get<{ Querystring: HeadlineListQuery }>('/api/headlines', {
    schema: {
      tags: ['headlines'],
      summary: 'Checked headlines with their verdict, claims and best evidence, in article date order',
      description: 'Each claim has `speaker`, `text` and `[start, end)` in the document, a `verdict` and `evidence` (`quote` id or null for a body passage, `similarity` 0–1). `unsupported` lists quoted headline words found nowhere in the body.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { verdict: VERDICT, all: { type: 'boolean', default: false, description: 'also list headlines that attribute nothing' }, outlet: OUTLET, from: DAY, to: DAY, ...PAGING },
      },
      response: { 400: ERROR_RESPONSE },
    },
  }, async (request) => {
    const { verdict, all, limit, offset, ...filters } = request.query;
    const judged = verdict ? verdictFromSlug(verdict) : undefined;
    const query: HeadlineQuery = { ...present(filters), ...(judged ? { verdict: judged } : all ? {} : { attributed: true }) };
    const [items, total] = await Promise.all([store.listHeadlines({ ...query, limit, offset }), store.countHeadlines(query)]);
    return { total, offset, items };
  });
};
