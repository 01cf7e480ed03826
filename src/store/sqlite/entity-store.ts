/**
 * The entity tables of a SqliteStore: mention rows written with each document, entities and
 * each mention's entity written by the entities step. Kept apart from sqlite-store.ts, which
 * calls in with a line or two.
 */
import type Database from 'better-sqlite3';
import type { Document } from '../../core/document.js';
import type { Entity } from '../../core/entity.js';
import type { EntityChanges, EntityMentionDbRow, EntityMentionQuery, EntityMentionRow, EntityQuery } from '../entity-rows.js';
import { aliasKeys, entityMentionRows, entitySearchKey, fromDbRow, MENTION_COLUMNS, MENTION_SELECT, mentionParams } from '../entity-rows.js';

export class SqliteEntities {
  private readonly insert: Database.Statement;
  private readonly remove: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO entity_mentions (document_seq, ${MENTION_COLUMNS})
      VALUES (@document_seq, ${MENTION_COLUMNS.split(', ').map((c) => `@${c}`).join(', ')})`);
    this.remove = db.prepare('DELETE FROM entity_mentions WHERE document_seq = ?');
  }

  /** Inside the document's transaction. */
  writeRows(doc: Document, documentSeq: number | bigint): void {
    for (const row of entityMentionRows(doc)) this.insert.run({ ...mentionParams(row), document_seq: documentSeq });
  }

  deleteRows(documentSeq: number | bigint): void {
    this.remove.run(documentSeq);
  }

  listMentions(query: EntityMentionQuery = {}): EntityMentionRow[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.entity !== undefined) { where.push('entity = ?'); params.push(query.entity); }
    if (query.document !== undefined) { where.push('document = ?'); params.push(query.document); }
    const sql = `SELECT ${MENTION_SELECT} FROM entity_mentions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY document_seq, ordinal`;
    return (this.db.prepare(sql).all(...params) as EntityMentionDbRow[]).map(fromDbRow);
  }

  write(changes: EntityChanges): void {
    const upsert = this.db.prepare(`INSERT INTO entities (id, kind, name, alias_keys, mentions, record) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, alias_keys = excluded.alias_keys, mentions = excluded.mentions, record = excluded.record`);
    const remove = this.db.prepare('DELETE FROM entities WHERE id = ?');
    const assign = this.db.prepare('UPDATE entity_mentions SET entity = ? WHERE document = ? AND ordinal = ?');
    this.db.transaction(() => {
      for (const id of changes.remove) remove.run(id);
      for (const e of changes.upsert) upsert.run(e.id, e.kind, e.name, aliasKeys(e), e.mentions, JSON.stringify(e));
      for (const a of changes.assign) assign.run(a.entity, a.document, a.ordinal);
    }).immediate();
  }

  list(query: EntityQuery = {}): Entity[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.kind !== undefined) { where.push('kind = ?'); params.push(query.kind); }
    if (query.name !== undefined) { where.push('instr(alias_keys, ?) > 0'); params.push(entitySearchKey(query.name)); }
    const sql = `SELECT record FROM entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY mentions DESC, id LIMIT ? OFFSET ?`;
    return (this.db.prepare(sql).all(...params, query.limit ?? -1, query.offset ?? 0) as Array<{ record: string }>).map((r) => JSON.parse(r.record) as Entity);
  }

  get(id: string): Entity | null {
    const row = this.db.prepare('SELECT record FROM entities WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as Entity) : null;
  }
}
