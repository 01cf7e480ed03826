import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcsPairs } from './07-drift.js';

/** LCS length by the plain table: the reference the fast paths (common head/tail, Myers, reused table) must agree with. */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  return t[0]![0]!;
}

test('lcsPairs returns a longest common subsequence, in order, for copies with few and with many changes', () => {
  let r = 12345;
  const rnd = () => { r = (r * 1103515245 + 12345) & 0x7fffffff; return r / 0x7fffffff; };
  for (let trial = 0; trial < 3000; trial++) {
    const alphabet = 2 + Math.floor(rnd() * 30), change = trial % 2 === 0 ? 0.05 : 0.4;
    const a = Array.from({ length: 1 + Math.floor(rnd() * 60) }, () => Math.floor(rnd() * alphabet));
    const b = a.filter(() => rnd() > change).map((x) => (rnd() < change ? Math.floor(rnd() * alphabet) : x));
    const pairs = lcsPairs(a, b);
    pairs.forEach(([i, j], k) => {
      assert.equal(a[i], b[j], `trial ${trial}: pair ${k} joins different words`);
      if (k > 0) assert.ok(i > pairs[k - 1]![0] && j > pairs[k - 1]![1], `trial ${trial}: pairs out of order`);
    });
    assert.equal(pairs.length, lcsLength(a, b), `trial ${trial}: not longest for a=${a} b=${b}`);
  }
});
