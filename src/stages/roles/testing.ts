/** Test helper: the roles of a text read as one article, as [name, title, org, party, state, former]. */
import { getLayer, withLayer, type Document } from '../../core/document.js';
import type { Mention } from '../../core/mention.js';
import type { Role } from '../../core/role.js';
import { silentContext } from '../../core/stage.js';
import { asOneArticle, plainDocument } from '../quotes/testing.js';
import { sentencesStage } from '../sentences/index.js';
import { rolesStage } from './index.js';

export function rolesOf(text: string, mentions: readonly Omit<Mention, 'by' | 'rule' | 'article' | 'confidence'>[] = []): { doc: Document; roles: readonly Role[]; rows: unknown[][] } {
  let doc = sentencesStage.run(asOneArticle(plainDocument(text), false), silentContext);
  if (mentions.length > 0) doc = withLayer(doc, 'mentions', mentions.map((m) => ({ ...m, by: 'test.v1', rule: 'test', article: null, confidence: 1 })));
  const out = rolesStage.run(doc, silentContext);
  const roles = getLayer<Role>(out, 'roles');
  return { doc: out, roles, rows: roles.map((r) => [text.slice(r.person.start, r.person.end), r.title, r.org, r.party, r.state, r.former]) };
}
