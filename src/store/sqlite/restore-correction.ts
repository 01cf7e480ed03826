import type Database from 'better-sqlite3';
import type { Correction } from '../../core/correction.js';
import { restoredRow } from '../restore-correction.js';
import type { PutResult } from '../store.js';

/** SqliteStore.importCorrection: the row as exported; new ids continue from the highest sequence number. */
export function restoreSqliteCorrection(db: Database.Database, correction: Correction): PutResult {
  const row = restoredRow(correction);
  const { changes } = db.prepare(`INSERT OR IGNORE INTO corrections
    (seq, id, kind, target, anchor_document, anchor_start, anchor_end, value, speaker_name, speaker_key, speaker_kind, note, author, created_at, undone_at)
    VALUES (@seq, @id, @kind, @target, @anchorDocument, @anchorStart, @anchorEnd, @value, @speakerName, @speakerKey, @speakerKind, @note, @author, @createdAt, @undoneAt)`).run(row);
  return changes === 0 ? 'exists' : 'inserted';
}
