/**
 * The entity tables of a PostgresStore (see the SQLite twin, sqlite/entity-store.ts). Mention
 * rows arrive as one JSON array per document, so a document's rows are one statement.
 */
import type pg from 'pg';
import type { Document } from '../../core/document.js';
import type { Entity } from '../../core/entity.js';
import type { EntityChanges, EntityMentionDbRow, EntityMentionQuery, EntityMentionRow, EntityQuery } from '../entity-rows.js';
import { aliasKeys, entityMentionRows, entitySearchKey, fromDbRow, MENTION_COLUMNS, MENTION_SELECT, mentionParams } from '../entity-rows.js';

const RECORD = `document text, article text, ordinal integer, span_start integer, span_end integer, text text, name text, kind text,
  source text, rule text, quotes text, role text, date text, outlet text`;

const INSERT_MENTIONS = `INSERT INTO entity_mentions (document_seq, ${MENTION_COLUMNS})
  SELECT d.seq, ${MENTION_COLUMNS.split(', ').map((c) => `r.${c}`).join(', ')}
  FROM documents d, json_to_recordset($2::json) AS r(${RECORD}) WHERE d.id = $1`;

/** PostgreSQL text cannot hold U+0000 (see document-rows.ts). */
const json = (rows: unknown[]) => JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' && value.includes('\0') ? value.replace(/\0/g, '\uFFFD') : value));

/** The rows of a document, or null when it has none (so callers can skip a round trip). */
export function mentionRowsParam(doc: Document): string | null {
  const rows = entityMentionRows(doc);
  return rows.length === 0 ? null : json(rows.map(mentionParams));
}

export async function insertMentionRows(client: pg.ClientBase, documentId: string, rows: string | null): Promise<void> {
  if (rows !== null) await client.query(INSERT_MENTIONS, [documentId, rows]);
}

export async function deleteMentionRows(client: pg.ClientBase, documentSeq: string): Promise<void> {
  await client.query('DELETE FROM entity_mentions WHERE document_seq = $1', [documentSeq]);
}

export async function listMentions(pool: pg.Pool, query: EntityMentionQuery = {}): Promise<EntityMentionRow[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (query.entity !== undefined) { values.push(query.entity); where.push(`entity = $${values.length}`); }
  if (query.document !== undefined) { values.push(query.document); where.push(`document = $${values.length}`); }
  const sql = `SELECT ${MENTION_SELECT} FROM entity_mentions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY document_seq, ordinal`;
  return (await pool.query<EntityMentionDbRow>(sql, values)).rows.map(fromDbRow);
}

export async function writeEntities(client: pg.ClientBase, changes: EntityChanges): Promise<void> {
  if (changes.remove.length > 0) await client.query('DELETE FROM entities WHERE id = ANY($1::text[])', [changes.remove]);
  for (const e of changes.upsert) {
    await client.query(`INSERT INTO entities (id, kind, name, alias_keys, mentions, record) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, alias_keys = excluded.alias_keys, mentions = excluded.mentions, record = excluded.record`,
    [e.id, e.kind, e.name, aliasKeys(e), e.mentions, JSON.stringify(e)]);
  }
  if (changes.assign.length > 0) {
    await client.query(`UPDATE entity_mentions m SET entity = a.entity FROM json_to_recordset($1::json) AS a(document text, ordinal integer, entity text)
      WHERE m.document = a.document AND m.ordinal = a.ordinal`, [JSON.stringify(changes.assign)]);
  }
}

export async function listEntities(pool: pg.Pool, query: EntityQuery = {}): Promise<Entity[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (query.kind !== undefined) { values.push(query.kind); where.push(`kind = $${values.length}`); }
  if (query.name !== undefined) { values.push(entitySearchKey(query.name)); where.push(`strpos(alias_keys, $${values.length}) > 0`); }
  values.push(query.limit ?? null, query.offset ?? 0);
  const sql = `SELECT record FROM entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY mentions DESC, id LIMIT $${values.length - 1} OFFSET $${values.length}`;
  return (await pool.query<{ record: string }>(sql, values)).rows.map((r) => JSON.parse(r.record) as Entity);
}

export async function getEntity(pool: pg.Pool, id: string): Promise<Entity | null> {
  const row = (await pool.query<{ record: string }>('SELECT record FROM entities WHERE id = $1', [id])).rows[0];
  return row ? (JSON.parse(row.record) as Entity) : null;
}
