import type { CorrectionKind, NewCorrection } from '../../core/correction.js';
import { rerunAfterUndo } from '../entity-at.js';
import { HttpError } from '../http-error.js';
import { ERROR_RESPONSE, type RouteModule } from './route-context.js';

const SPEAKER_KINDS = ['person', 'anonymous', 'organization', 'document', 'media'];
/** Kinds this API takes now; the entity kinds join when the entities views land. */
const KINDS: CorrectionKind[] = ['quote.speaker', 'quote.reject'];
/** Kinds listed here; entity corrections are made at /api/entities/{id}/merge|split|rename. */
const LISTED: CorrectionKind[] = [...KINDS, 'entity.merge', 'entity.split', 'entity.rename'];

interface NewCorrectionBody { kind: CorrectionKind; target: string; value?: Record<string, unknown>; note?: string; author?: string }

const CORRECTION_BODY = {
  type: 'object', additionalProperties: false, required: ['kind', 'target'],
  properties: {
    kind: { type: 'string', enum: KINDS, description: '`quote.speaker`: someone else said it; `quote.reject`: not reported speech' },
    target: { type: 'string', pattern: '^q_[0-9a-f]+_\\d+(_\\d+)?$', description: 'the quote id' },
    value: {
      type: 'object', additionalProperties: false, description: 'for quote.speaker: {name, kind}; for quote.reject: {}',
      properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, kind: { type: 'string', enum: SPEAKER_KINDS } },
    },
    note: { type: 'string', maxLength: 1000 },
    author: { type: 'string', maxLength: 200 },
  },
} as const;

/** Users' corrections: stored apart from documents, applied on every read, undoable, listed with their history. */
export const correctionRoutes: RouteModule = (app, { store, overview, searches }) => {
  app.get<{ Querystring: { target?: string; kind?: CorrectionKind; includeUndone?: boolean } }>('/api/corrections', {
    schema: {
      tags: ['corrections'], summary: 'Corrections, oldest first (undone ones with includeUndone=true)',
      querystring: { type: 'object', additionalProperties: false, properties: { target: { type: 'string', maxLength: 100 }, kind: { type: 'string', enum: LISTED }, includeUndone: { type: 'boolean', default: false } } },
    },
  }, async (request) => ({ items: await store.listCorrections(request.query) }));

  app.post<{ Body: NewCorrectionBody }>('/api/corrections', {
    schema: { tags: ['corrections'], summary: 'Correct a quote: change its speaker, or mark it as not a quote', body: CORRECTION_BODY, response: { 400: ERROR_RESPONSE, 404: ERROR_RESPONSE } },
  }, async (request, reply) => {
    const { kind, target, value, note, author } = request.body;
    if (kind === 'quote.speaker' && (!value?.name || !value.kind)) throw new HttpError(400, 'PT-E013', 'A speaker correction needs value.name and value.kind.');
    const correction: NewCorrection = { kind, target, value: kind === 'quote.reject' ? {} : { name: String(value!.name).trim(), kind: value!.kind }, ...(note ? { note } : {}), ...(author ? { author } : {}) };
    const made = await store.addCorrection(correction);
    overview.invalidate();
    return reply.code(201).send(made);
  });

  app.post<{ Params: { id: string } }>('/api/corrections/:id/undo', {
    schema: { tags: ['corrections'], summary: 'Undo a correction (it stays in the history, marked undone); undoing an entity correction re-runs the entities step and answers where the entity is now', params: { type: 'object', properties: { id: { type: 'string', maxLength: 40 } } }, response: { 404: ERROR_RESPONSE } },
  }, async (request) => {
    if (!(await store.undoCorrection(request.params.id))) throw new HttpError(404, 'PT-E055', `No active correction ${request.params.id} (unknown, or already undone).`);
    overview.invalidate();
    const undone = (await store.listCorrections({ includeUndone: true })).find((c) => c.id === request.params.id);
    // An entity correction is applied by the entities step: run it now so the undo shows at once.
    if (undone?.kind.startsWith('entity.')) {
      searches.clear();
      const { entity, summary } = await rerunAfterUndo(store, undone);
      return { id: request.params.id, undone: true, entity, summary };
    }
    return { id: request.params.id, undone: true };
  });
};
