import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutPieces, innermost } from './segments.js';

const text = 'He said "we are ready" today. Share this.';

function show(pieces: ReturnType<typeof cutPieces>, base = text): string[] {
  return pieces.map((p) => `${base.slice(p.start, p.end)}|${p.marks.join(',')}|${p.fold}`);
}

test('pieces cover the text exactly once, in order, whatever the marks', () => {
  const pieces = cutPieces(text.length, 0, [{ id: 'q', start: 8, end: 22 }, { id: 'cue', start: 3, end: 7 }], []);
  assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(''), text);
  assert.deepEqual(show(pieces), ['He ||-1', 'said|cue|-1', ' ||-1', '"we are ready"|q|-1', ' today. Share this.||-1']);
});

test('a nested mark makes the innermost piece answer a click', () => {
  const pieces = cutPieces(text.length, 0, [{ id: 'quote', start: 0, end: 22 }, { id: 'mention', start: 0, end: 2 }], []);
  assert.equal(innermost(pieces[0]!), 'mention');
  assert.deepEqual(pieces[0]!.marks, ['quote', 'mention']);
  assert.equal(innermost(pieces[1]!), 'quote');
});

test('folds mark the boilerplate pieces and still cut marks that cross them', () => {
  const start = text.indexOf('Share');
  const pieces = cutPieces(text.length, 0, [{ id: 'x', start: 24, end: text.length }], [{ start, end: text.length }]);
  assert.deepEqual(show(pieces).slice(-2), ['oday. |x|-1', 'Share this.|x|0']);
});

test('document offsets are turned into local ones and spans outside the text are clipped', () => {
  const pieces = cutPieces(10, 100, [{ id: 'a', start: 95, end: 103 }, { id: 'gone', start: 0, end: 50 }, { id: 'b', start: 108, end: 200 }], []);
  assert.deepEqual(pieces.map((p) => [p.start, p.end, p.marks.join()]), [[0, 3, 'a'], [3, 8, ''], [8, 10, 'b']]);
});

test('odd Unicode (surrogate pairs, combining marks, RTL) is cut only where spans say', () => {
  const odd = 'A 👩🏽‍⚕️ said \u202Eabc\u202C e\u0301';
  const pieces = cutPieces(odd.length, 0, [{ id: 'q', start: 2, end: 9 }], []);
  assert.equal(pieces.map((p) => odd.slice(p.start, p.end)).join(''), odd);
  assert.equal(odd.slice(pieces[1]!.start, pieces[1]!.end), '👩🏽‍⚕️');
});
