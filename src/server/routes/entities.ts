import type { Entity, EntityKind } from '../../core/entity.js';
import { findEntity } from '../../service/find-entity.js';
import type { Store } from '../../store/store.js';
import { articleNames } from '../article-names.js';
import { entityArticles } from '../entity-articles.js';
import { entityView } from '../entity-view.js';
import { withHeadlineVerdicts } from '../headline-verdicts.js';
import { HttpError } from '../http-error.js';
import { DAY, ERROR_RESPONSE, OUTLET, PAGING, present, type RouteModule } from './route-context.js';

export const ENTITY_ID = { type: 'string', pattern: '^e_[0-9a-f]{16}$', description: 'an entity id (e_…)' } as const;
const KIND = { type: 'string', enum: ['person', 'org', 'place', 'misc'] } as const;

/** The entity with this id, or a JSON 404 (PT-E080). */
export async function entityOr404(store: Store, id: string): Promise<Entity> {
  const entity = await store.getEntity(id);
  if (!entity) throw new HttpError(404, 'PT-E080', `No entity ${id} (a correction or a new entities run may have regrouped it); list entities at /api/entities.`);
  return entity;
}

/** A listed entity: everything but the spans that support its name (the page has the mentions). */
function listed({ nameSupport: _n, ...rest }: Entity): Omit<Entity, 'nameSupport'> {
  return rest;
}

/**
 * People, organisations and places (made by the `entities` corpus step), one entity's page, the
 * articles that mention it (the search view's entity filter), and the names and dates the reader underlines.
 */
export const entityRoutes: RouteModule = (app, { store }) => {
  app.get<{ Querystring: { kind?: EntityKind; q?: string; limit: number; offset: number } }>('/api/entities', {
    schema: {
      tags: ['entities'], summary: 'Entities, most mentioned first; `more` says whether another page follows',
      querystring: { type: 'object', additionalProperties: false, properties: { kind: KIND, q: { type: 'string', maxLength: 200, description: 'name or alias contains this (case and accents folded)' }, ...PAGING } },
    },
  }, async (request) => {
    const { kind, q, limit, offset } = request.query;
    const rows = await store.listEntities({ ...(kind ? { kind } : {}), ...(q?.trim() ? { name: q } : {}), limit: limit + 1, offset });
    return { offset, more: rows.length > limit, items: rows.slice(0, limit).map(listed) };
  });

  app.get<{ Params: { id: string }; Querystring: { limit: number; offset: number } }>('/api/entities/:id', {
    schema: {
      tags: ['entities'], summary: 'One entity: aliases, roles over time, mentions per outlet per month, its quotes counted once per copy cluster, the articles that mention it, and its corrections',
      params: { type: 'object', properties: { id: ENTITY_ID } },
      querystring: { type: 'object', additionalProperties: false, properties: { ...PAGING } },
      response: { 404: ERROR_RESPONSE },
    },
  }, async (request) => entityView(store, await entityOr404(store, request.params.id), request.query.limit, request.query.offset));

  app.get<{ Params: { entity: string }; Querystring: { q?: string; outlet?: string; from?: string; to?: string; limit: number; offset: number } }>('/api/entities/:entity/articles', {
    schema: {
      tags: ['entities'], summary: 'Articles that mention an entity (by id, or by a name or alias), optionally narrowed by words, outlet and dates',
      description: 'With `q`, best match first with snippets (matched words in « »); without, oldest first. `mentions` counts the entity\'s mentions in each article.',
      params: { type: 'object', properties: { entity: { type: 'string', minLength: 1, maxLength: 200 } } },
      querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', maxLength: 500 }, outlet: OUTLET, from: DAY, to: DAY, ...PAGING } },
      response: { 400: ERROR_RESPONSE, 404: ERROR_RESPONSE },
    },
  }, async (request) => {
    const { limit, offset, ...filters } = request.query;
    const { entity } = await findEntity(store, request.params.entity);
    const { total, items } = await entityArticles(store, entity, present(filters), limit, offset);
    const verdicts = new Map((await withHeadlineVerdicts(store, items)).map((a) => [a.id, a.headlineVerdict]));
    return { entity: { id: entity.id, name: entity.name, kind: entity.kind }, total, offset, items: items.map((a) => ({ ...a, headlineVerdict: verdicts.get(a.id) ?? null })) };
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id/names', {
    schema: {
      tags: ['articles'], summary: 'The names (entity mentions, with their entity) and resolved dates of one article, for the reader to underline',
      params: { type: 'object', properties: { id: { type: 'string', pattern: '^a_[0-9a-f]+_\\d+$' } } },
      response: { 404: ERROR_RESPONSE },
    },
  }, async (request) => {
    const stored = await store.getArticle(request.params.id);
    if (!stored) throw new HttpError(404, 'PT-E005', `No article ${request.params.id}; search for articles at /api/articles.`);
    return articleNames(store, stored);
  });
};
