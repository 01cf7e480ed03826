import type { Correction } from '../core/correction.js';
import { PresstrailError } from '../core/errors.js';
import { correctionRow, type CorrectionRow } from './correction-check.js';

/** A correction's row with the id, times and sequence number it was exported with. */
export type RestoredRow = CorrectionRow & { readonly seq: number; readonly id: string; readonly createdAt: string; readonly undoneAt: string | null };

const ID = /^c_([1-9][0-9]{0,15})$/;

/**
 * Checks an exported correction for Store.importCorrection: the same checks as a new one
 * (PT-E012/PT-E013), plus an id of the form `c_N` (its N becomes the row's sequence number, so
 * corrections added later get the ids that follow) and ISO timestamps.
 */
export function restoredRow(c: Correction): RestoredRow {
  const match = typeof c.id === 'string' ? ID.exec(c.id) : null;
  if (!match) throw new PresstrailError('PT-E013', `A stored correction's id looks like c_12, not ${JSON.stringify(c.id)}.`);
  const time = (t: unknown) => typeof t === 'string' && !Number.isNaN(Date.parse(t));
  if (!time(c.createdAt) || !(c.undoneAt === null || time(c.undoneAt))) throw new PresstrailError('PT-E013', `Correction ${c.id} needs createdAt, and undoneAt null or, when undone, a time.`);
  return { ...correctionRow(c), seq: Number(match[1]), id: c.id, createdAt: c.createdAt, undoneAt: c.undoneAt };
}
