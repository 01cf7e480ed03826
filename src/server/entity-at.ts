import type { Correction } from '../core/correction.js';
import type { DocumentSpan } from '../core/entity.js';
import { entitiesStep } from '../service/entities-step.js';
import type { Store } from '../store/store.js';

/**
 * The entity whose mention is at this span now. Entity ids can change when a correction regroups
 * mentions; the span a correction is anchored to does not, so the UI follows the anchor.
 */
export async function entityAt(store: Store, anchor: DocumentSpan | undefined): Promise<string | null> {
  if (!anchor) return null;
  const rows = await store.listEntityMentions({ document: anchor.document });
  const exact = rows.find((r) => r.start === anchor.start && r.end === anchor.end) ?? rows.find((r) => r.start < anchor.end && anchor.start < r.end);
  return exact?.entity ?? null;
}

/** What an entity correction (made or undone) answers: the correction, where its entity is now, and the entities step's summary. */
export interface EntityCorrectionResult {
  readonly correction: Correction;
  readonly entity: string | null;
  readonly summary: string;
}

/** Undoing an entity correction re-runs the entities step at once, so every view shows the pipeline's grouping again. */
export async function rerunAfterUndo(store: Store, correction: Correction): Promise<EntityCorrectionResult> {
  const step = await entitiesStep.run(store);
  return { correction, entity: await entityAt(store, correction.anchor), summary: step.summary };
}
