import type { SpeakerKind } from '../../core/quote.js';
import { HttpError } from '../http-error.js';
import { speakerView } from '../speaker-view.js';
import { DAY, ERROR_RESPONSE, OUTLET, PAGING, present, type RouteModule } from './route-context.js';

/** A quote reprinted across a copy cluster counts once (as `presstrail quotes --distinct`). */
const DISTINCT = { type: 'boolean', description: 'count a quote once per copy cluster: the same words by the same speaker in copies of one article are one quote' } as const;

const SPEAKER_KIND = { type: 'string', enum: ['person', 'anonymous', 'organization', 'document', 'media'] } as const;

interface SpeakerListQuery { q?: string; kind?: SpeakerKind; outlet?: string; from?: string; to?: string; limit: number; offset: number }

/**
 * Speakers and a speaker's page. A speaker is a name as the quotes stage resolved it; when the
 * entities stage lands, /api/entities/:id is the page that merges a person's names.
 */
export const speakerRoutes: RouteModule = (app, { store }) => {
  app.get<{ Querystring: SpeakerListQuery }>('/api/speakers', {
    schema: {
      tags: ['speakers'], summary: 'Speakers, most quoted first',
      querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', maxLength: 200, description: 'name contains this' }, kind: SPEAKER_KIND, outlet: OUTLET, from: DAY, to: DAY, ...PAGING } },
    },
  }, async (request) => {
    const { q, kind, limit, offset, ...filters } = request.query;
    return { offset, items: await store.listSpeakers({ ...present(filters), ...(q ? { speaker: q } : {}), ...(kind ? { speakerKind: kind } : {}), limit, offset }) };
  });

  app.get<{ Params: { name: string }; Querystring: { kind?: SpeakerKind; distinct?: boolean; limit: number; offset: number } }>('/api/speakers/:name', {
    schema: {
      tags: ['speakers'], summary: 'One speaker: counts, quotes per outlet over time, and a page of quotes',
      params: { type: 'object', properties: { name: { type: 'string', minLength: 1, maxLength: 200 } } },
      querystring: { type: 'object', additionalProperties: false, properties: { kind: SPEAKER_KIND, distinct: DISTINCT, ...PAGING } },
      response: { 404: ERROR_RESPONSE },
    },
  }, async (request) => {
    const { kind, distinct, limit, offset } = request.query;
    const view = await speakerView(store, request.params.name, kind, limit, offset, distinct === true);
    if (!view) throw new HttpError(404, 'PT-E055', `No speaker named "${request.params.name}"${kind ? ` (${kind})` : ''}; list speakers at /api/speakers.`);
    return view;
  });
};
