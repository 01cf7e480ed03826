import type { Entity } from '../core/entity.js';
import { PresstrailError } from '../core/errors.js';
import { fold } from '../entities/name-keys.js';
import type { Store } from '../store/store.js';

export interface FoundEntity {
  readonly entity: Entity;
  /** Other entities the words also match, most mentioned first. */
  readonly others: readonly Entity[];
}

/**
 * The entity a user means by an id (`e_…`) or a name: one whose name is exactly that, else one
 * with that exact alias, else the most mentioned whose names contain it. Throws PT-E040 when none.
 */
export async function findEntity(store: Store, nameOrId: string): Promise<FoundEntity> {
  if (/^e_[0-9a-f]{16}$/.test(nameOrId)) {
    const entity = await store.getEntity(nameOrId);
    if (entity) return { entity, others: [] };
  }
  const matches = await store.listEntities({ name: nameOrId });
  const key = fold(nameOrId);
  const exact = matches.find((e) => fold(e.name) === key) ?? matches.find((e) => e.aliases.some((a) => fold(a.name) === key)) ?? matches[0];
  if (!exact) {
    throw new PresstrailError('PT-E040', `No entity is named "${nameOrId}": list them with \`presstrail people\` (or orgs, places), or run \`presstrail ingest\` first.`);
  }
  return { entity: exact, others: matches.filter((e) => e !== exact) };
}
