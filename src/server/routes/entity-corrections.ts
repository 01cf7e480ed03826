import { mergeEntities, renameEntity, splitEntity, type CorrectionDone } from '../../service/entity-corrections.js';
import type { Store } from '../../store/store.js';
import { entityAt, type EntityCorrectionResult } from '../entity-at.js';
import { HttpError } from '../http-error.js';
import { ERROR_RESPONSE, type RouteModule } from './route-context.js';
import { ENTITY_ID, entityOr404 } from './entities.js';

const NAME = { type: 'string', minLength: 1, maxLength: 200 } as const;
const NOTE = { type: 'string', maxLength: 1000, description: 'why (kept with the correction)' } as const;
const PARAMS = { type: 'object', properties: { id: ENTITY_ID } } as const;
const RESPONSES = { 400: ERROR_RESPONSE, 404: ERROR_RESPONSE } as const;
const DESCRIPTION = 'Stored as a correction (listed at /api/corrections, undone with POST /api/corrections/{id}/undo) anchored to a mention span, so it survives re-ingest and reprocess. The entities step runs at once; `entity` is the id of the corrected entity afterwards (ids can change when mentions regroup).';

async function answer(store: Store, done: Promise<CorrectionDone>): Promise<EntityCorrectionResult> {
  const { correction, step } = await done;
  return { correction, entity: await entityAt(store, correction.anchor), summary: step.summary };
}

/** Entity corrections from the UI: merge two entities, split aliases off one, rename one (the CLI's `entity merge|split|rename`). */
export const entityCorrectionRoutes: RouteModule = (app, { store, overview, searches }) => {
  const changed = () => { overview.invalidate(); searches.clear(); };

  app.post<{ Params: { id: string }; Body: { other: string; note?: string } }>('/api/entities/:id/merge', {
    schema: {
      tags: ['corrections'], summary: 'Say another entity is the same referent as this one (this one is kept)', description: DESCRIPTION, params: PARAMS,
      body: { type: 'object', additionalProperties: false, required: ['other'], properties: { other: { ...NAME, description: 'the other entity: an id (e_…), a name or an alias' }, note: NOTE } },
      response: RESPONSES,
    },
  }, async (request, reply) => {
    const entity = await entityOr404(store, request.params.id);
    const result = await answer(store, mergeEntities(store, entity.id, request.body.other.trim(), request.body.note));
    changed();
    return reply.code(201).send(result);
  });

  app.post<{ Params: { id: string }; Body: { aliases: string[]; name?: string; note?: string } }>('/api/entities/:id/split', {
    schema: {
      tags: ['corrections'], summary: 'Say some aliases of this entity are another referent', description: DESCRIPTION, params: PARAMS,
      body: { type: 'object', additionalProperties: false, required: ['aliases'], properties: { aliases: { type: 'array', minItems: 1, maxItems: 100, items: NAME }, name: { ...NAME, description: 'the new entity\'s name (default: the first alias)' }, note: NOTE } },
      response: RESPONSES,
    },
  }, async (request, reply) => {
    const entity = await entityOr404(store, request.params.id);
    const { aliases, name, note } = request.body;
    const result = await answer(store, splitEntity(store, entity.id, aliases, name?.trim() || undefined, note));
    changed();
    return reply.code(201).send(result);
  });

  app.post<{ Params: { id: string }; Body: { name: string; note?: string } }>('/api/entities/:id/rename', {
    schema: {
      tags: ['corrections'], summary: 'Set the name this entity is shown by', description: DESCRIPTION, params: PARAMS,
      body: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: NAME, note: NOTE } },
      response: RESPONSES,
    },
  }, async (request, reply) => {
    const entity = await entityOr404(store, request.params.id);
    const name = request.body.name.trim();
    if (!name) throw new HttpError(400, 'PT-E081', 'A new name needs at least one character that is not a space.');
    const result = await answer(store, renameEntity(store, entity.id, name, request.body.note));
    changed();
    return reply.code(201).send(result);
  });
};
