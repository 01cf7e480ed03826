import type { Entity } from '../../core/entity.js';
import { buildTimeline, type TimelineItem } from '../../service/timeline.js';
import { DAY, ERROR_RESPONSE, PAGING, type RouteModule } from './route-context.js';
import { ENTITY_ID, entityOr404 } from './entities.js';

type Kind = TimelineItem['kind'];

interface TimelineQuery { entity?: string; from?: string; to?: string; kind?: Kind; limit: number; offset: number }

/** The reader mark that shows an item's evidence: the quote, the attribution, or the date words. */
export function markOf(i: TimelineItem): string {
  if (i.kind === 'event') return `dt:${i.evidence!.start}-${i.evidence!.end}`;
  return i.ref ? `${i.kind === 'quote' ? 'q' : 'at'}:${i.ref}` : `span:${i.start}-${i.end}`;
}

/**
 * Every dated statement on one timeline (the `timeline` command's data): quotes and attributions
 * on their article's date, date expressions on the days they resolve to. The whole timeline is
 * built per query and kept in the server's search cache, so paging and the kind filter are cheap.
 */
export const timelineRoutes: RouteModule = (app, { store, searches }) => {
  app.get<{ Querystring: TimelineQuery }>('/api/timeline', {
    schema: {
      tags: ['timeline'], summary: 'Statements and dated events in day order, for the corpus or one entity',
      description: '`day`/`lastDay` are the days an item covers; for events, `evidence` is the date words and `text` their sentence. `mark` opens the item\'s evidence in the reader: /articles/{article}?mark={mark}. `counts` are per kind before the kind filter.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { entity: ENTITY_ID, from: DAY, to: DAY, kind: { type: 'string', enum: ['quote', 'attribution', 'event'] }, ...PAGING },
      },
      response: { 400: ERROR_RESPONSE, 404: ERROR_RESPONSE },
    },
  }, async (request) => {
    const { entity: id, from, to, kind, limit, offset } = request.query;
    const entity: Entity | undefined = id ? await entityOr404(store, id) : undefined;
    const all = (await searches.get(JSON.stringify(['timeline', id ?? null, from ?? null, to ?? null]), () => buildTimeline(store, { entity, from, to }))) as TimelineItem[];
    const counts = { quote: 0, attribution: 0, event: 0 };
    for (const i of all) counts[i.kind]++;
    const items = kind ? all.filter((i) => i.kind === kind) : all;
    return {
      entity: entity ? { id: entity.id, name: entity.name, kind: entity.kind } : null, total: items.length, counts, offset,
      items: items.slice(offset, offset + limit).map((i) => ({ ...i, mark: markOf(i) })),
    };
  });
};
