/** The entity tables of a MemoryStore: the same rows, filters and order as the SQLite ones. */
import type { Document } from '../../core/document.js';
import type { Entity } from '../../core/entity.js';
import type { EntityChanges, EntityMentionQuery, EntityMentionRow, EntityQuery } from '../entity-rows.js';
import { aliasKeys, entityMentionRows, entitySearchKey } from '../entity-rows.js';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class MemoryEntities {
  /** Mention rows by document, in insertion order of documents. */
  private readonly mentions = new Map<string, EntityMentionRow[]>();
  private readonly entities = new Map<string, { entity: Entity; keys: string }>();

  add(doc: Document): void {
    this.mentions.set(doc.id, entityMentionRows(doc));
  }

  /** A replaced document keeps its place in the order (as its SQLite seq does). */
  replace(doc: Document): void {
    if (this.mentions.has(doc.id)) this.mentions.set(doc.id, entityMentionRows(doc));
  }

  listMentions(query: EntityMentionQuery = {}): EntityMentionRow[] {
    return copy([...this.mentions.values()].flat().filter((r) =>
      (query.entity === undefined || r.entity === query.entity) && (query.document === undefined || r.document === query.document)));
  }

  write(changes: EntityChanges): void {
    for (const id of changes.remove) this.entities.delete(id);
    for (const e of changes.upsert) this.entities.set(e.id, { entity: copy(e), keys: aliasKeys(e) });
    for (const a of changes.assign) {
      const rows = this.mentions.get(a.document);
      const i = rows?.findIndex((r) => r.ordinal === a.ordinal) ?? -1;
      if (rows && i >= 0) rows[i] = { ...rows[i]!, entity: a.entity };
    }
  }

  list(query: EntityQuery = {}): Entity[] {
    const key = query.name === undefined ? undefined : entitySearchKey(query.name);
    const found = [...this.entities.values()]
      .filter((e) => (query.kind === undefined || e.entity.kind === query.kind) && (key === undefined || e.keys.includes(key)))
      .map((e) => e.entity)
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const offset = query.offset ?? 0;
    return copy(found.slice(offset, query.limit === undefined ? undefined : offset + query.limit));
  }

  get(id: string): Entity | null {
    const e = this.entities.get(id);
    return e ? copy(e.entity) : null;
  }
}
