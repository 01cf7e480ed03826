import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

test('tokens are cut the CoNLL way: punctuation apart, dotted abbreviations and hyphenated words whole', () => {
  assert.deepEqual(words('The U.S.-led talks, at 5 p.m., ended.'), ['The', 'U.S.', '-', 'led', 'talks', ',', 'at', '5', 'p.m.', ',', 'ended', '.']);
  assert.deepEqual(words('Smith\'s firm doesn\'t pay 3.5%.'), ['Smith', "'s", 'firm', 'does', "n't", 'pay', '3.5%', '.']);
  assert.deepEqual(words('John F. Kennedy and O\'Brien'), ['John', 'F.', 'Kennedy', 'and', "O'Brien"]);
});

test('token offsets point into the text, also inside a range', () => {
  const text = 'Outside. Ana Costa spoke.';
  for (const t of tokenize(text, { start: 9, end: text.length })) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(tokenize(text, { start: 9, end: text.length })[0]!.text, 'Ana');
});
