import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanAuthorName } from './author-name.js';
import { readHtml } from './index.js';
import { findTextDate } from './text-date-hints.js';

test('byline lead-ins, e-mail addresses and trailing dates are cut from an author name', () => {
  assert.equal(cleanAuthorName('Written By:\n   Celeste Longacre\n'), 'Celeste Longacre');
  assert.equal(cleanAuthorName('View all posts by Ray Ansari'), 'Ray Ansari');
  assert.equal(cleanAuthorName('Newsdesk news@example.co.uk'), 'Newsdesk');
  assert.equal(cleanAuthorName('Chris Carroll30 Sep 2022, 11:07am'), 'Chris Carroll');
  assert.equal(cleanAuthorName('Maria &amp; Katerina'), 'Maria & Katerina');
});

test('labels and handles are not author names', () => {
  for (const label of ['By', 'About the Author', 'Authors', '@franshares', 'https://example.com/author/x']) assert.equal(cleanAuthorName(label), '', label);
});

test('a date printed in words or ISO form is read as YYYY-MM-DD', () => {
  assert.equal(findTextDate('Posted on March 2nd, 2025 by Kim', 0, 40)?.value, '2025-03-02');
  assert.equal(findTextDate('Updated 30 Sep 2022', 0, 30)?.value, '2022-09-30');
  assert.equal(findTextDate('no date here, only 2025 sales', 0, 40), null);
});

test('a date printed under the headline becomes the last date hint, computed and so without a raw range', () => {
  const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story says something about the harbour works that runs long enough to be prose.</p>`).join('');
  const html = `<html><head><title>Harbour works begin</title></head><body><article><h1>Harbour works begin</h1><p class="meta">June 4, 2024</p>${body}</article></body></html>`;
  const { hints } = readHtml(html);
  const date = hints.filter((h) => h.field === 'date').at(-1);
  assert.equal(date?.value, '2024-06-04');
  assert.equal(date?.raw, undefined);
  assert.equal(date?.source, 'text:header');
});
