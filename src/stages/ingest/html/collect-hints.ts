import type { MetaHint } from '../../../core/document.js';
import type { DocumentMessage } from '../../../core/diagnostics.js';
import { cleanAuthorName } from './author-name.js';
import { jsonLdHints } from './jsonld-hints.js';
import { metaHints } from './meta-hints.js';
import type { RawTree } from './raw-tree.js';
import type { MainSelection } from './select-main.js';

/** What readability itself concluded; least reliable, since it re-derives the hints above. */
function readabilityHints(sel: MainSelection | null): MetaHint[] {
  if (!sel) return [];
  const out: MetaHint[] = [];
  const byline = cleanAuthorName(sel.byline);
  if (byline) out.push({ field: 'author', value: byline, source: 'readability:byline' });
  if (sel.publishedTime.trim()) out.push({ field: 'date', value: sel.publishedTime.trim(), source: 'readability:publishedTime' });
  if (sel.siteName.trim()) out.push({ field: 'outlet', value: sel.siteName.trim(), source: 'readability:siteName' });
  return out;
}

/** All metadata hints, most reliable first (JSON-LD, then meta tags, then readability), duplicates dropped. */
export function collectHints(tree: RawTree, selection: MainSelection | null, messages: DocumentMessage[]): MetaHint[] {
  const all = [...jsonLdHints(tree, messages), ...metaHints(tree), ...readabilityHints(selection)];
  const seen = new Set<string>();
  return all.filter((h) => {
    const key = `${h.field}\u0000${h.source}\u0000${h.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
