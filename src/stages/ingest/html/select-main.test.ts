import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { readHtml } from './index.js';

const sentence = (i: number): string => `Paragraph ${i} of the story tells the reader something new about the harbour works, and it runs on long enough to count as prose.`;

test('readability 0.6 still has the private _flags field the retries set', () => {
  const reader = new Readability(new DOMParser().parseFromString('<html><body><p>x</p></body></html>', 'text/html') as unknown as Document);
  assert.equal(typeof (reader as unknown as { _flags?: unknown })._flags, 'number');
});

test('a story inside a class readability calls unlikely is found on the retry without that rule', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p class="contextmenu body">${sentence(i)}</p>`).join('');
  const html = `<html><body><div class="app-banner"><p>Add this site to your home screen for easy access to the news.</p></div><div>${paragraphs}</div></body></html>`;
  const { text } = readHtml(html);
  assert.ok(text.includes('Paragraph 7 of the story'), text.slice(0, 300));
});
