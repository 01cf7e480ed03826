/**
 * 04: the user's corrections, oldest first, applied to the clusters every run (so they survive
 * re-ingest and re-processing). Each finds its entity by the mention span it is anchored to
 * (any mention overlapping it), failing that by name or alias; one that finds nothing is skipped
 * and reported.
 */
import type { Correction } from '../core/correction.js';
import type { DocumentSpan, EntityMergeValue, EntityRenameValue, EntitySplitValue } from '../core/entity.js';
import { newCluster, type Cluster } from './cluster.js';
import { fold } from './name-keys.js';

function byAnchor(clusters: readonly Cluster[], span: Partial<DocumentSpan> | undefined): Cluster | undefined {
  if (!span || span.document === undefined || span.start === undefined || span.end === undefined) return undefined;
  return clusters.find((c) => c.rows.some((r) => r.document === span.document && r.start < span.end! && span.start! < r.end));
}

function byName(clusters: readonly Cluster[], name: string | undefined): Cluster | undefined {
  if (!name) return undefined;
  const key = fold(name);
  return clusters.find((c) => c.name !== undefined && fold(c.name) === key)
    ?? clusters.find((c) => c.rows.some((r) => fold(r.name) === key));
}

function find(clusters: readonly Cluster[], span: Partial<DocumentSpan> | undefined, name: string | undefined): Cluster | undefined {
  return byAnchor(clusters, span) ?? byName(clusters, name);
}

export interface CorrectionOutcome {
  readonly applied: string[];
  readonly skipped: string[];
}

/** Applies corrections in place (the cluster list is the step's own working copy). */
export function applyCorrections(clusters: Cluster[], corrections: readonly Correction[], idOf: (c: Cluster) => string): CorrectionOutcome {
  const outcome: CorrectionOutcome = { applied: [], skipped: [] };
  for (const c of [...corrections].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
    const v = c.value as Record<string, unknown>;
    const target = find(clusters, c.anchor, v.entity as string | undefined);
    let done = false;
    if (target && c.kind === 'entity.merge') {
      const other = (v as unknown as EntityMergeValue).other;
      const into = find(clusters.filter((x) => x !== target), other, other?.name);
      if (into) {
        target.id ??= idOf(target);
        target.rows.push(...into.rows);
        target.corrections.push(...into.corrections);
        clusters.splice(clusters.indexOf(into), 1);
        done = true;
      }
    } else if (target && c.kind === 'entity.split') {
      const { aliases, name } = v as unknown as EntitySplitValue;
      const keys = new Set((aliases ?? []).map(fold));
      const moving = target.rows.filter((r) => keys.has(fold(r.name)));
      if (moving.length > 0 && moving.length < target.rows.length) {
        target.id ??= idOf(target);
        target.rows.splice(0, target.rows.length, ...target.rows.filter((r) => !keys.has(fold(r.name))));
        const split = newCluster(`split:${target.id}:${[...keys].sort().join('|')}`, target.kind, moving);
        split.name = name ?? aliases[0];
        split.corrections.push(c.id);
        clusters.push(split);
        done = true;
      }
    } else if (target && c.kind === 'entity.rename') {
      target.id ??= idOf(target);
      target.name = (v as unknown as EntityRenameValue).name;
      done = true;
    }
    if (done) { target!.corrections.push(c.id); outcome.applied.push(c.id); } else outcome.skipped.push(c.id);
  }
  return outcome;
}
