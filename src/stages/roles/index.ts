/**
 * The roles stage: titles the text gives people, per article body sentence: 01 name shapes
 * (or PERSON mentions when the `mentions` layer is there) → 02 titles before names → 03 titles
 * in apposition after names → 04 party-state tags. Each role carries its article's date.
 * Produces `roles` (Role[]).
 */
import type { Article } from '../../core/article.js';
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Mention } from '../../core/mention.js';
import type { Sentence } from '../../core/quote.js';
import type { Role } from '../../core/role.js';
import { stageTag, type Stage } from '../../core/stage.js';
import { titleCandidates } from './02-titles.js';
import { appositionCandidates } from './03-appositions.js';
import { withPartyState } from './04-party-state.js';

const NAME = 'roles';
const VERSION = 1;
export const ROLES_BY = stageTag({ name: NAME, version: VERSION });

export function documentRoles(doc: Document): Role[] {
  const dates = new Map(getLayer<Article>(doc, 'articles').map((a) => [a.id, a.date?.value ?? null]));
  const mentions = getLayer<Mention>(doc, 'mentions');
  return getLayer<Sentence>(doc, 'sentences').flatMap((s) => {
    const found = [...titleCandidates(doc.text, s, mentions), ...appositionCandidates(doc.text, s, mentions)].sort((a, b) => a.start - b.start);
    const unique = found.filter((r, i) => found.findIndex((o) => o.person.start === r.person.start && o.person.end === r.person.end) === i);
    return withPartyState(doc.text, s, unique, mentions).map((r): Role => ({ ...r, by: ROLES_BY, article: s.article, date: dates.get(s.article) ?? null }));
  });
}

export const rolesStage: Stage = {
  name: NAME,
  version: VERSION,
  requires: ['articles', 'sentences'],
  produces: [NAME],
  run(doc: Document): Document {
    return withLayer(doc, NAME, documentRoles(doc));
  },
};
