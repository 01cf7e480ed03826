import { h } from './dom.js';
import { startRouter, type View } from './router.js';
import { articleView } from './views/article.js';
import { copiesView } from './views/copies.js';
import { copyCompareView } from './views/copy-compare.js';
import { ingestView } from './views/ingest.js';
import { overviewView } from './views/overview.js';
import { searchView } from './views/search.js';
import { speakerView } from './views/speaker.js';
import { entitiesView } from './views/entities.js';
import { entityView } from './views/entity.js';
import { timelineView } from './views/timeline.js';

const notFound: View = async () => ({
  title: 'Not found',
  node: h('section', {}, h('h1', { tabindex: -1 }, 'No such page'), h('p', {}, h('a', { href: '/' }, 'Back to the overview'))),
});

/** One address per view; views for entities, the timeline and copies join this list as their APIs land. */
const router = startRouter([
  { pattern: /^\/$/, view: overviewView },
  { pattern: /^\/search\/?$/, view: searchView },
  { pattern: /^\/articles\/([^/]+)\/?$/, view: articleView },
  { pattern: /^\/speakers\/([^/]+)\/?$/, view: speakerView },
  { pattern: /^\/ingest\/?$/, view: ingestView },
  { pattern: /^\/copies\/?$/, view: copiesView },
  { pattern: /^\/copies\/([^/]+)\/?$/, view: copyCompareView },
  { pattern: /^\/entities\/?$/, view: entitiesView },
  { pattern: /^\/entities\/([^/]+)\/?$/, view: entityView },
  { pattern: /^\/timeline\/?$/, view: timelineView },
], document.getElementById('main')!, notFound);

document.addEventListener('presstrail:navigate', (e) => router.navigate((e as CustomEvent<string>).detail));
