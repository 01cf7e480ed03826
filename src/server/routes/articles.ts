import type { Correction } from '../../core/correction.js';
import { HttpError } from '../http-error.js';
import { articleView } from '../article-view.js';
import { headlineOf, withHeadlineVerdicts } from '../headline-verdicts.js';
import { ARTICLE_PAGE, SEARCH_COUNT_CAP } from './article-page-schema.js';
import { DAY, ERROR_RESPONSE, OUTLET, PAGING, present, type RouteModule } from './route-context.js';

const CAP = SEARCH_COUNT_CAP.toLocaleString('en-US');

interface ListQuery { q?: string; outlet?: string; from?: string; to?: string; document?: string; limit: number; offset: number }

/** Article search and listing, and one article with all its annotations for the reader. */
export const articleRoutes: RouteModule = (app, { store, searches }) => {
  app.get<{ Querystring: ListQuery }>('/api/articles', {
    schema: {
      tags: ['articles'],
      summary: 'Search or list articles',
      description: `Without \`q\`: oldest first. With \`q\` (words, "a phrase", OR, NOT, prefix*): best match first, each with a snippet whose matched words are wrapped in « ». Counting stops past ${CAP} matches: then \`total\` is ${CAP} and \`totalIsLowerBound\` is true. \`headlineVerdict\` is the headline check's verdict (null when not checked).`,
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { q: { type: 'string', maxLength: 500, description: 'full-text query over title and body' }, outlet: OUTLET, from: DAY, to: DAY, document: { type: 'string', maxLength: 100 }, ...PAGING },
      },
      response: { 200: ARTICLE_PAGE, 400: ERROR_RESPONSE },
    },
  }, async (request) => {
    const { q, limit, offset, ...filters } = request.query;
    const query = { ...present(filters), ...(q?.trim() ? { text: q } : {}) };
    return searches.get(JSON.stringify([query, limit, offset]), async () => {
      const [items, counted] = await Promise.all([store.listArticles({ ...query, limit, offset }), store.countArticles(query, SEARCH_COUNT_CAP + 1)]);
      const totalIsLowerBound = counted > SEARCH_COUNT_CAP;
      return { total: Math.min(counted, SEARCH_COUNT_CAP), totalIsLowerBound, offset, items: await withHeadlineVerdicts(store, items) };
    });
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', {
    schema: {
      tags: ['articles'],
      summary: 'One article with its text and every annotation (fields, boilerplate, quotes, attributions, headline check)',
      description: 'Spans are `[start, end)` UTF-16 offsets into the document; `text` is the article\'s span of it, starting at `offset`.',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^a_[0-9a-f]+_\\d+$' } } },
      response: { 404: ERROR_RESPONSE },
    },
  }, async (request) => {
    const stored = await store.getArticle(request.params.id);
    if (!stored) throw new HttpError(404, 'PT-E005', `No article ${request.params.id}; search for articles at /api/articles.`);
    // Every correction is read and narrowed here (the store has no per-document filter yet).
    const mine = (c: Correction) => c.kind.startsWith('quote.') && (c.anchor ? c.anchor.document === stored.document.id : c.target.startsWith(`q_${stored.article.id.slice(2)}_`));
    const corrections = (await store.listCorrections({ includeUndone: true })).filter(mine);
    return articleView(stored, await store.listQuotes({ article: request.params.id }), corrections, await headlineOf(store, stored.article.id));
  });
};
