import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetParts } from './snippet.js';

test('matched words come out as match parts, the rest as plain text', () => {
  assert.deepEqual(snippetParts('…the «minister» said «no»'), [
    { text: '…the ', match: false }, { text: 'minister', match: true }, { text: ' said ', match: false }, { text: 'no', match: true },
  ]);
});

test('markup in a snippet stays text and an unclosed mark is plain', () => {
  assert.deepEqual(snippetParts('<img src=x onerror=alert(1)> «a'), [{ text: '<img src=x onerror=alert(1)> «a', match: false }]);
});
