import type { Correction, CorrectionAnchor, CorrectionKind } from '../core/correction.js';

/**
 * A user's correction in a JSONL export, undone ones included (with `undoneAt`), so an import can
 * restore the whole history. `quote` and `attribution` records stay what the pipeline found;
 * readers apply the active corrections on top (see docs/export.md).
 */
export interface CorrectionRecord {
  readonly type: 'correction';
  readonly id: string;
  readonly kind: CorrectionKind;
  readonly target: string;
  readonly anchor: CorrectionAnchor | null;
  readonly value: Readonly<Record<string, unknown>>;
  readonly note: string | null;
  readonly author: string | null;
  readonly createdAt: string;
  readonly undoneAt: string | null;
}

export function correctionRecord(c: Correction): CorrectionRecord {
  return {
    type: 'correction', id: c.id, kind: c.kind, target: c.target, anchor: c.anchor ?? null, value: c.value,
    note: c.note ?? null, author: c.author ?? null, createdAt: c.createdAt, undoneAt: c.undoneAt,
  };
}
