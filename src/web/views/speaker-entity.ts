import type { QuoteSummary } from '../../store/store.js';
import { entityApi } from '../api.js';
import { entityHref, h } from '../dom.js';

/** Articles looked at to find the speaker's entity. */
const TRIES = 3;

const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A line linking a speaker's page to the entity page of the same referent, filled in when found:
 * the name in the quote's article that speaks the quote, else one whose entity has the speaker's name.
 */
export function speakerEntityLine(name: string, quotes: readonly QuoteSummary[], signal: AbortSignal): HTMLElement {
  const line = h('p', { class: 'entity-links' });
  void (async () => {
    for (const q of quotes.slice(0, TRIES)) {
      const names = await entityApi.names(q.article, signal).catch(() => null);
      const hit = names?.names.find((n) => n.entity && n.quotes.includes(q.id)) ?? names?.names.find((n) => n.entity && (key(n.entity.name) === key(name) || key(n.name) === key(name)));
      if (hit?.entity) {
        line.append('Entity page: ', h('a', { href: entityHref(hit.entity.id), class: 'entity-link' }, hit.entity.name), ' (all its names, roles over time, quotes counted once per copy)');
        return;
      }
    }
  })();
  return line;
}
