import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { PresstrailError } from '../../core/errors.js';
import { loadModelBuffer, saveModel } from './model.js';
import { TAGS } from './tags.js';

test('a saved model loads back with the same weights (to 16-bit precision), pruning all-zero features', () => {
  const n = TAGS.length;
  const weights = new Float32Array(3 * n);
  weights[0] = 2.5;
  weights[2 * n + 3] = -1.25;
  const model = { tags: TAGS, weights, trans: new Float32Array((n + 1) * n), clusters: new Map([['Paris', [3, 40]]]), meta: { epochs: 1 } };
  const back = loadModelBuffer(saveModel([11, 22, 33], model));
  assert.deepEqual([back.index.get(11), back.index.get(22), back.index.get(33), back.index.size], [0, undefined, 1, 2]);
  assert.ok(Math.abs(back.weights[0]! - 2.5) < 1e-3 && Math.abs(back.weights[n + 3]! + 1.25) < 1e-3);
  assert.deepEqual(back.clusters.get('Paris'), [3, 40]);
});

test('a model file of another format is refused with PT-E030', () => {
  const bad = gzipSync(JSON.stringify({ format: 'something-else' }));
  assert.throws(() => loadModelBuffer(bad), (e: unknown) => e instanceof PresstrailError && e.code === 'PT-E030');
});
