import { articleCopies } from '../article-copies.js';
import { compareCopies } from '../copy-compare.js';
import { copyCluster, listCopyClusters } from '../copy-clusters.js';
import { HttpError } from '../http-error.js';
import { ERROR_RESPONSE, PAGING, type RouteModule } from './route-context.js';

const CLUSTER = { type: 'object', properties: { cluster: { type: 'string', pattern: '^c_[0-9a-f]+$' } } } as const;
const ARTICLE = { type: 'string', pattern: '^a_[0-9a-f]+_\\d+$' } as const;

/**
 * Copies (issue 5): clusters of articles that reprint one another, two members side by side,
 * and for the reader, which paragraphs of an article other articles hold. Everything is read
 * from the copy index the `copies` corpus step keeps; a store nobody indexed has no clusters.
 */
export const copyRoutes: RouteModule = (app, { store }) => {
  app.get<{ Querystring: { limit: number; offset: number } }>('/api/copies', {
    schema: {
      tags: ['copies'],
      summary: 'Copy clusters, largest first, with their members (earliest version first) and verified pairs',
      description: 'Each pair has `direction` (`a->b`: b copied a; `unknown`), `why` (`credit`: a credit line in the copying article names the other\'s outlet; `date`: the earlier date; `unknown`), `match` (`exact`, `near`, `reworded`), `kind` (`article`, `embedded`: a block inside a longer article, `partial`) and `similarity` 0–1.',
      querystring: { type: 'object', additionalProperties: false, properties: { ...PAGING } },
    },
  }, async (request) => listCopyClusters(store, request.query.limit, request.query.offset));

  app.get<{ Params: { cluster: string } }>('/api/copies/:cluster', {
    schema: { tags: ['copies'], summary: 'One copy cluster: its members and pairs', params: CLUSTER, response: { 404: ERROR_RESPONSE } },
  }, async (request) => {
    const cluster = await copyCluster(store, request.params.cluster);
    if (!cluster) throw new HttpError(404, 'PT-E085', `No copy cluster ${request.params.cluster}; list clusters at /api/copies.`);
    return cluster;
  });

  app.get<{ Params: { cluster: string }; Querystring: { a?: string; b?: string } }>('/api/copies/:cluster/compare', {
    schema: {
      tags: ['copies'],
      summary: 'Two members of a cluster side by side: aligned paragraph rows and word-level differences',
      description: '`a` and `b` name two members (either may be left out: a stored pair fills in). `rows` run top to bottom: `outside` (paragraphs of a longer article before or after the copied block), `aligned` (`same` or `changed`), `unmatched` (inside the block, no counterpart). `drift` edits are `insert`/`delete`/`replace` with `[start, end)` in both documents; `inQuote` marks a change inside a quotation. `pair.stored` is false when no stored pair joins the two and they were aligned on request.',
      params: CLUSTER,
      querystring: { type: 'object', additionalProperties: false, properties: { a: ARTICLE, b: ARTICLE } },
      response: { 400: ERROR_RESPONSE, 404: ERROR_RESPONSE },
    },
  }, async (request) => compareCopies(store, request.params.cluster, request.query.a, request.query.b));

  app.get<{ Params: { id: string } }>('/api/articles/:id/copies', {
    schema: {
      tags: ['copies'],
      summary: 'An article\'s copy cluster and its paragraphs that other articles hold copies of, with where in each',
      params: { type: 'object', properties: { id: ARTICLE } },
      response: { 404: ERROR_RESPONSE },
    },
  }, async (request) => {
    if (!(await store.getArticle(request.params.id))) throw new HttpError(404, 'PT-E005', `No article ${request.params.id}; search for articles at /api/articles.`);
    return articleCopies(store, request.params.id);
  });
};
