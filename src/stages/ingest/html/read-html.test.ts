import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showSpan } from '../../../core/span.js';
import { readHtml } from './index.js';
import { assertNotInText, blockWith, loadPage } from './test-support.js';

const page = loadPage('news-article.html');
const result = readHtml(page);

test('the headline comes first as a heading block taken from the page h1', () => {
  const first = result.blocks[0]!;
  assert.equal(first.kind, 'heading', showSpan(result.text, first));
  assert.equal(first.rule, 'headline');
  assert.equal(result.text.slice(first.start, first.end), 'Council votes to replace the old Elm Street bridge');
});

test('body paragraphs are separated by a blank line with entities decoded', () => {
  const p = blockWith(result.text, result.blocks, 'paragraph', 'Every winter');
  assert.match(result.text.slice(p.start, p.end), /^“We could not keep patching it,” said the mayor, Ana Pérez/);
  assert.equal(result.text.slice(p.end, p.end + 2), '\n\n', showSpan(result.text, p));
});

test('site navigation, footer, scripts and styles stay out of the text', () => {
  for (const needle of ['Sport', 'All rights reserved', 'window.ads', 'display:flex']) assertNotInText(result.text, needle);
});

test('the byline is marked as a byline block from its class', () => {
  const b = blockWith(result.text, result.blocks, 'byline', 'Jane Roe');
  assert.equal(b.rule, 'class:byline');
});

test('the time element is marked as a dateline', () => {
  blockWith(result.text, result.blocks, 'dateline', '5 March 2024');
});

test('a figcaption is kept in the text as a caption block', () => {
  const c = blockWith(result.text, result.blocks, 'caption', 'seen from the east bank');
  assert.equal(c.rule, 'figcaption');
});

test('clutter that stays in the main content is marked, not deleted', () => {
  const labelled = result.blocks.filter((b) => b.kind === 'boilerplate').map((b) => `${b.label}: ${result.text.slice(b.start, b.end)}`);
  for (const b of result.blocks.filter((x) => x.kind === 'boilerplate')) assert.ok(b.label, showSpan(result.text, b));
  assert.ok(!result.text.includes('Share this article') || labelled.some((l) => l.startsWith('share:')), labelled.join('\n'));
  assert.ok(!result.text.includes('Ferry service') || labelled.some((l) => l.startsWith('related:')), labelled.join('\n'));
});

test('every block is made by the html reader and names its rule', () => {
  for (const b of result.blocks) {
    assert.equal(b.by, 'ingest.html.v1');
    assert.ok(b.rule.length > 0, showSpan(result.text, b));
    assert.ok(b.start < b.end && b.end <= result.text.length, showSpan(result.text, b));
  }
});

test('a clean page produces no messages', () => {
  assert.deepEqual(result.messages, []);
});

test('the result round-trips through JSON', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
});
