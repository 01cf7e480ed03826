import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFragmentToText } from './index.js';

test('a feed fragment keeps all its text, block by block', () => {
  const r = htmlFragmentToText('Intro text <b>bold</b><p>First para.</p><ul><li>one</li><li>two</li></ul><blockquote>Quoted.</blockquote>');
  assert.equal(r.text, 'Intro text bold\n\nFirst para.\n\none\n\ntwo\n\nQuoted.');
  assert.deepEqual(r.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'list-item', 'list-item', 'blockquote']);
});

test('br gives a newline inside a block', () => {
  assert.equal(htmlFragmentToText('<p>line one<br>line two</p>').text, 'line one\nline two');
});

test('pre keeps its white space', () => {
  assert.equal(htmlFragmentToText('<pre>a  b\n  c</pre>').text, 'a  b\n  c');
});

test('plain text without tags comes back as one paragraph', () => {
  const r = htmlFragmentToText('Just a summary sentence.');
  assert.equal(r.text, 'Just a summary sentence.');
  assert.equal(r.blocks.length, 1);
});

test('an empty fragment gives empty text', () => {
  assert.deepEqual(htmlFragmentToText(''), { text: '', blocks: [], sourceMap: { segments: [] } });
});
