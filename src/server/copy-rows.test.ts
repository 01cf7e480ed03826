import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CopyPair } from '../core/copy.js';
import { compareRows, flipPair } from './copy-rows.js';

const span = (start: number, end: number) => ({ start, end });
/** a: four paragraphs, all copied; b: a roundup of six whose paragraphs 2–4 hold a's 0, 1 and 3 (a's 2 was cut). */
const parasA = [span(0, 10), span(12, 20), span(22, 30), span(32, 40)];
const parasB = [span(0, 5), span(7, 15), span(100, 110), span(112, 120), span(122, 130), span(132, 140)];
const pair = {
  a: { article: 'a_1_0', document: 'd_1', start: 0, end: 40 }, b: { article: 'a_2_0', document: 'd_2', start: 100, end: 130 },
  paragraphs: [
    { a: span(0, 10), b: span(100, 110), similarity: 1, match: 'same' as const },
    { a: span(12, 20), b: span(112, 120), similarity: 0.9, match: 'changed' as const },
    { a: span(32, 40), b: span(122, 130), similarity: 1, match: 'same' as const },
  ],
};

test('rows put every paragraph of both sides in exactly one row, in order, with the block\'s surroundings outside', () => {
  const rows = compareRows(parasA, parasB, pair);
  assert.deepEqual(rows.map((r) => r.kind === 'outside' ? `outside-${r.position}` : r.kind), ['outside-before', 'aligned', 'aligned', 'unmatched', 'aligned', 'outside-after']);
  const seen = (side: 'a' | 'b') => rows.flatMap((r) => (r.kind === 'aligned' ? [r[side]] : r[side])).map((s) => s.start);
  assert.deepEqual(seen('a'), parasA.map((p) => p.start));
  assert.deepEqual(seen('b'), parasB.map((p) => p.start));
  const cut = rows[3]!;
  assert.ok(cut.kind === 'unmatched');
  assert.deepEqual([cut.a, cut.b], [[span(22, 30)], []], 'the paragraph b left out has no counterpart');
});

test('a pair turned round swaps its sides, reverses the direction and makes inserts deletes', () => {
  const p = {
    ...pair, id: 'p_x', similarity: 0.95, match: 'near', kind: 'embedded', direction: 'a->b', evidence: { rule: 'date' }, unmatched: { a: 1, b: 0 },
    drift: [{ op: 'insert', a: span(15, 15), b: span(115, 118), inQuote: true }, { op: 'replace', a: span(16, 18), b: span(119, 120), inQuote: false }],
    coverage: { a: 1, b: 0.5 }, by: 'copies.v1', rule: 'embedded-copy',
  } satisfies CopyPair;
  const f = flipPair(p);
  assert.deepEqual([f.a.article, f.direction, f.unmatched, f.coverage], ['a_2_0', 'b->a', { a: 0, b: 1 }, { a: 0.5, b: 1 }]);
  assert.deepEqual(f.drift.map((d) => [d.op, d.a.start, d.b.start]), [['delete', 115, 15], ['replace', 119, 16]]);
  assert.deepEqual(f.paragraphs[0]!.a, span(100, 110));
  assert.deepEqual(flipPair(f), p, 'turning it round twice gives it back');
  assert.equal(flipPair({ ...p, direction: null }).direction, null);
});
