/**
 * Quality gate for alias merging on the bundled sample corpus (in the repo, so it never skips).
 * Floors only move up unless a regression is argued for in bench/RESULTS.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APART, MERGE } from './pairs.js';
import { scoreSample } from './score.js';

const FLOORS = { merge: 0.9, apart: 0.9 };

test('alias merging on the sample: 90% of should-merge pairs merged, 90% of should-stay-apart pairs kept apart', async () => {
  const s = await scoreSample('sample/corpus', MERGE, APART);
  const misses = [...s.merge, ...s.apart].filter((r) => !r.ok).map((r) => `${r.pair.a} / ${r.pair.b}: ${r.missing.length ? `missing ${r.missing.join(', ')}` : r.found.join(' | ')}`);
  assert.ok(s.merge.filter((r) => r.ok).length / s.merge.length >= FLOORS.merge, misses.join('\n'));
  assert.ok(s.apart.filter((r) => r.ok).length / s.apart.length >= FLOORS.apart, misses.join('\n'));
});
