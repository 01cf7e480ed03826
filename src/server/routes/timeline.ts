import type { Entity } from '../../core/entity.js';
import { buildTimeline, type TimelineItem } from '../../service/timeline.js';
import type { Store } from '../../store/store.js';
import { quotesOf } from '../entity-view.js';
import { DAY, ERROR_RESPONSE, PAGING, type RouteModule } from './route-context.js';
import { ENTITY_ID, entityOr404 } from './entities.js';

type Kind = TimelineItem['kind'];

interface TimelineQuery { entity?: string; from?: string; to?: string; kind?: Kind; limit: number; offset: number }

/** The reader mark that shows an item's evidence: the quote, the attribution, or the date words. */
export function markOf(i: TimelineItem): string {
  if (i.kind === 'event') return `dt:${i.evidence!.start}-${i.evidence!.end}`;
  return `${i.kind === 'quote' ? 'q' : 'at'}:${i.ref}`;
}

/** More distinct months than this and the chart counts per year. */
const MAX_MONTHS = 48;

/** Entries per month (per year when they spread over many months), by kind: the timeline's chart. */
export function periodsOf(items: readonly TimelineItem[]): { unit: 'month' | 'year'; periods: Array<{ period: string } & Record<Kind, number>> } {
  const months = new Set(items.map((i) => i.day.slice(0, 7)));
  const unit = months.size > MAX_MONTHS ? 'year' : 'month';
  const out = new Map<string, { period: string } & Record<Kind, number>>();
  for (const i of items) {
    const period = i.day.slice(0, unit === 'year' ? 4 : 7);
    const p = out.get(period) ?? { period, quote: 0, attribution: 0, event: 0 };
    p[i.kind]++;
    out.set(period, p);
  }
  return { unit, periods: [...out.values()].sort((a, b) => a.period.localeCompare(b.period)) };
}

/** The timeline service's answer; for an entity, with the same quotes its page counts (speaker-name matches too). */
async function timelineOf(store: Store, entity: Entity | undefined, from?: string, to?: string): Promise<TimelineItem[]> {
  if (!entity) return buildTimeline(store, { from, to });
  const quotes = await quotesOf(store, entity, await store.listEntityMentions({ entity: entity.id }));
  return buildTimeline(store, { entity, from, to, quotes: new Set(quotes.map((q) => q.id)) });
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
      description: '`day`/`lastDay` are the days an item covers; for events, `evidence` is the date words and `text` their sentence. `mark` opens the item\'s evidence in the reader: /articles/{article}?mark={mark}. `counts` are per kind before the kind filter; `chart` counts the filtered entries per month (per year when they spread over more than 48 months).',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { entity: ENTITY_ID, from: DAY, to: DAY, kind: { type: 'string', enum: ['quote', 'attribution', 'event'] }, ...PAGING },
      },
      response: { 400: ERROR_RESPONSE, 404: ERROR_RESPONSE },
    },
  }, async (request) => {
    const { entity: id, from, to, kind, limit, offset } = request.query;
    const entity: Entity | undefined = id ? await entityOr404(store, id) : undefined;
    const all = (await searches.get(JSON.stringify(['timeline', id ?? null, from ?? null, to ?? null]), () => timelineOf(store, entity, from, to))) as TimelineItem[];
    const counts = { quote: 0, attribution: 0, event: 0 };
    for (const i of all) counts[i.kind]++;
    const items = kind ? all.filter((i) => i.kind === kind) : all;
    return {
      entity: entity ? { id: entity.id, name: entity.name, kind: entity.kind } : null, total: items.length, counts, chart: periodsOf(items), offset,
      items: items.slice(offset, offset + limit).map((i) => ({ ...i, mark: markOf(i) })),
    };
  });
};
