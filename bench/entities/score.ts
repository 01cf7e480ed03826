/**
 * Scores alias merging: ingests the sample corpus into a memory store with the default pipeline,
 * runs the entities step, and checks each pair: `merge` pairs must be aliases of one entity,
 * `apart` pairs aliases of two. A name no entity carries fails its pair (reported as missing).
 */
import type { Entity } from '../../src/core/entity.js';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { fold } from '../../src/entities/name-keys.js';
import { entitiesStep } from '../../src/service/entities-step.js';
import { ingestFiles } from '../../src/service/ingest-files.js';
import { listInputs } from '../../src/service/list-inputs.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { NamePair } from './pairs.js';

export interface PairResult { readonly pair: NamePair; readonly ok: boolean; readonly missing: string[]; readonly found: string[] }

export interface MergeScore {
  readonly merge: readonly PairResult[];
  readonly apart: readonly PairResult[];
  readonly entities: number;
  readonly mentions: number;
  readonly stepSeconds: number;
}

/** The entity ids whose names or aliases fold to `name`, of that kind. */
function owners(entities: readonly Entity[], name: string, kind: string): string[] {
  const key = fold(name);
  return entities.filter((e) => e.kind === kind && (fold(e.name) === key || e.aliases.some((a) => fold(a.name) === key))).map((e) => e.id);
}

function check(entities: readonly Entity[], pair: NamePair, same: boolean): PairResult {
  const a = owners(entities, pair.a, pair.kind);
  const b = owners(entities, pair.b, pair.kind);
  const missing = [...(a.length ? [] : [pair.a]), ...(b.length ? [] : [pair.b])];
  const shared = a.some((id) => b.includes(id));
  const found = [...new Set([...a, ...b])].map((id) => entities.find((e) => e.id === id)!.name);
  return { pair, missing, found, ok: missing.length === 0 && (same ? shared : !shared) };
}

export async function scoreSample(corpus: string, merge: readonly NamePair[], apart: readonly NamePair[]): Promise<MergeScore> {
  const store = new MemoryStore();
  await ingestFiles(store, listInputs([corpus]).files, { stages: defaultPipeline });
  const started = process.hrtime.bigint();
  const result = await entitiesStep.run(store);
  const stepSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const entities = await store.listEntities();
  return {
    merge: merge.map((p) => check(entities, p, true)), apart: apart.map((p) => check(entities, p, false)),
    entities: entities.length, mentions: result.counts?.mentions ?? 0, stepSeconds,
  };
}
