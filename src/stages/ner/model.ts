/**
 * The trained NER model in memory and on disk. On disk: gzip-compressed JSON with the feature
 * ids (32-bit, base64), weights quantised to 16-bit integers (base64) and the
 * transition scores. Features whose weights all round to zero are pruned when saving.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { PresstrailError } from '../../core/errors.js';
import { FeatureTable, type FeatureLookup } from './feature-table.js';
import type { WordClusters } from './features.js';

export interface NerModel {
  readonly tags: readonly string[];
  /** Feature id (features.ts, hash.ts) → row in `weights` (each row has `tags.length` weights). */
  readonly index: FeatureLookup;
  readonly weights: Float32Array;
  /** `(tags.length + 1) × tags.length`: row 0 is the sentence start, row a + 1 follows tag a. */
  readonly trans: Float32Array;
  readonly clusters: WordClusters;
  /** How the model was made (training files, epochs, seed, date), for the model card and `--debug`. */
  readonly meta: Readonly<Record<string, unknown>>;
}

const FORMAT = 'presstrail-ner/2';

interface ModelFile {
  format: string;
  tags: string[];
  meta: Record<string, unknown>;
  scale: number;
  features: string;
  weights: string;
  trans: number[];
  /** One line a word: the word, then its cluster ids, tab-separated. */
  clusters: string;
}

/** Serialises a model, dropping features whose quantised weights are all below `minLevel`. */
export function saveModel(features: readonly number[], m: Omit<NerModel, 'index'>, minLevel = 1): Buffer {
  const n = m.tags.length;
  let max = 0;
  for (const x of m.weights) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const kept: number[] = [];
  const q: number[] = [];
  for (let f = 0; f < features.length; f++) {
    const row = Array.from(m.weights.subarray(f * n, (f + 1) * n), (x) => Math.round(x / scale));
    if (row.every((x) => Math.abs(x) < minLevel)) continue;
    kept.push(features[f]!);
    q.push(...row);
  }
  const weights = Buffer.from(Int16Array.from(q).buffer).toString('base64');
  const file: ModelFile = { format: FORMAT, tags: [...m.tags], meta: { ...m.meta, features: kept.length }, scale, features: Buffer.from(Uint32Array.from(kept).buffer).toString('base64'), weights, trans: Array.from(m.trans), clusters: [...m.clusters].map(([w, c]) => [w, ...c].join('\t')).join('\n') };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function loadModelBuffer(buffer: Buffer): NerModel {
  const file = JSON.parse(gunzipSync(buffer).toString('utf8')) as ModelFile;
  if (file.format !== FORMAT) throw new PresstrailError('PT-E030', `NER model format "${file.format}" is not ${FORMAT}: retrain with npm run train:ner`);
  const fraw = Buffer.from(file.features, 'base64');
  const ids = new Uint32Array(fraw.buffer.slice(fraw.byteOffset, fraw.byteOffset + fraw.byteLength));
  const raw = Buffer.from(file.weights, 'base64');
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const weights = Float32Array.from(q, (x) => x * file.scale);
  const index = new FeatureTable(ids);
  const clusters = new Map<string, number[]>();
  for (const line of file.clusters ? file.clusters.split('\n') : []) {
    const [w, ...ids] = line.split('\t');
    clusters.set(w!, ids.map(Number));
  }
  return { tags: file.tags, index, weights, trans: Float32Array.from(file.trans), clusters, meta: file.meta };
}
