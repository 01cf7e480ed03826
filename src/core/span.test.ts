import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimSpan, sliceSpan, isValidSpan, showSpan } from './span.js';

test('trimSpan drops surrounding white space but keeps inner text', () => {
  const text = '  Hello world \n';
  const s = trimSpan(text, { start: 0, end: text.length });
  assert.equal(sliceSpan(text, s), 'Hello world');
});

test('isValidSpan rejects spans outside the text or reversed', () => {
  assert.equal(isValidSpan('abc', { start: 0, end: 3 }), true);
  assert.equal(isValidSpan('abc', { start: 2, end: 4 }), false);
  assert.equal(isValidSpan('abc', { start: 2, end: 1 }), false);
});

test('showSpan marks the span inside its context', () => {
  assert.equal(showSpan('one two three', { start: 4, end: 7 }, 4), '…one [[two]] thr… @4-7');
});
