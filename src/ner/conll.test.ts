import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iobSpans } from './conll.js';

test('IOB1 tags become spans: I- starts a name after O, B- only splits two names of one type', () => {
  assert.deepEqual(iobSpans(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PERSON' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});
