/**
 * The entity id on each claim of a headline record, from the entities corpus step's mention rows
 * (as quote speakers get theirs in entity-records.ts). The headlines stage runs per document and
 * knows no entities; once the step has merged mentions, a claim's speaker is the entity of:
 *   1. the body mention the speaker resolved to (`speakerBody`), when a mention row covers it;
 *   2. else the quotes of its evidence, when they all belong to one entity and the headline's words
 *      name it (a surname of the entity's mention);
 *   3. else a mention in the same article whose words end with the headline's last name word
 *      ("Costa" → "Ana Costa"), when exactly one entity has such a mention there.
 * Generic speakers ("report", "sources") and unresolved ones get none.
 */
import type { EntityMentionRow } from '../store/entity-rows.js';
import type { HeadlineClaimRecord, HeadlineRecord } from './headline-records.js';

type Linked = EntityMentionRow & { readonly entity: string };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const nameWords = (s: string) => fold(s).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];

/** Does the row's text end with one of the headline words (a surname, an organisation's last word)? */
function namedBy(row: EntityMentionRow, words: readonly string[]): boolean {
  const own = nameWords(row.text);
  return own.length > 0 && words.includes(own[own.length - 1]!);
}

function single(ids: readonly string[]): string | null {
  const set = new Set(ids);
  return set.size === 1 ? [...set][0]! : null;
}

/** The entity id of one claim, or null. `rows` are the linked mention rows of the claim's document. */
export function claimEntity(claim: HeadlineClaimRecord, article: string, rows: readonly Linked[], quoteEntity: ReadonlyMap<string, string>): string | null {
  if (!claim.speakerMention || claim.speakerMatch === 'generic' || claim.speakerMatch === 'unresolved') return null;
  const body = claim.speakerBody;
  if (body) {
    const covering = rows.find((r) => r.start < body.end && body.start < r.end);
    if (covering) return covering.entity;
  }
  const words = nameWords(claim.speakerMention.text).filter((w) => w.length > 1);
  const fromQuotes = single(claim.evidence.flatMap((e) => (e.quote && quoteEntity.has(e.quote) ? [quoteEntity.get(e.quote)!] : [])));
  if (fromQuotes && rows.some((r) => r.entity === fromQuotes && namedBy(r, words))) return fromQuotes;
  return single(rows.filter((r) => r.article === article && namedBy(r, words)).map((r) => r.entity));
}

/** Anything holding one headline's claims: an export record, a stored headline row. */
type WithClaims = Pick<HeadlineRecord, 'article' | 'document' | 'claims'>;

/** The record (or row) with each claim's `entity` filled where the mention rows say who the speaker is. */
export function withClaimEntities<T extends WithClaims>(record: T, rows: readonly Linked[], quoteEntity: ReadonlyMap<string, string>): T {
  const own = rows.filter((r) => r.document === record.document);
  return { ...record, claims: record.claims.map((c) => ({ ...c, entity: c.entity ?? claimEntity(c, record.article, own, quoteEntity) })) };
}
