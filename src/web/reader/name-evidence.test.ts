import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveMark } from './name-evidence.js';

const known = new Map<string, unknown>([['ent:100-112', 1], ['dt:200-208', 2], ['q:q_ab_0_1', 3]]);

test('a deep link to a name mark that exists is kept as it is', () => {
  assert.equal(resolveMark(known, 'ent:100-112'), 'ent:100-112');
  assert.equal(resolveMark(known, 'q:q_ab_0_1'), 'q:q_ab_0_1');
});

test('a span that only overlaps a name (a role\'s span around it) finds that name', () => {
  assert.equal(resolveMark(known, 'ent:90-112'), 'ent:100-112');
  assert.equal(resolveMark(known, 'dt:205-230'), 'dt:200-208');
});

test('a span that touches no name, or a name span given as a date, is left alone', () => {
  assert.equal(resolveMark(known, 'ent:112-120'), 'ent:112-120', 'half-open: [100, 112) does not reach 112');
  assert.equal(resolveMark(known, 'dt:100-112'), 'dt:100-112');
  assert.equal(resolveMark(known, 'q:q_zz_0_0'), 'q:q_zz_0_0');
});
