import type pg from 'pg';
import type { Correction } from '../../core/correction.js';
import { restoredRow } from '../restore-correction.js';
import type { PutResult } from '../store.js';

const INSERT = `INSERT INTO corrections
  (seq, id, kind, target, anchor_document, anchor_start, anchor_end, value, speaker_name, speaker_key, speaker_kind, note, author, created_at, undone_at)
  OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT DO NOTHING`;

/** The identity sequence moves past the restored row, so addCorrection's next id follows on. */
const ADVANCE = `SELECT setval(pg_get_serial_sequence('corrections', 'seq'), greatest((SELECT max(seq) FROM corrections), 1))`;

/** PostgresStore.importCorrection: the row as exported, in one transaction with the sequence update. */
export async function restorePgCorrection(client: pg.PoolClient, correction: Correction): Promise<PutResult> {
  const r = restoredRow(correction);
  const { rowCount } = await client.query(INSERT, [r.seq, r.id, r.kind, r.target, r.anchorDocument, r.anchorStart, r.anchorEnd, r.value,
    r.speakerName, r.speakerKey, r.speakerKind, r.note, r.author, r.createdAt, r.undoneAt]);
  if (rowCount === 0) return 'exists';
  await client.query(ADVANCE);
  return 'inserted';
}
