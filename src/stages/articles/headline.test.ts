import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentArticles } from './index.js';
import { assertField, makeDoc } from './testing.js';

const para = 'The regional board approved the plan on Monday after a two-hour debate in which several members raised concerns about its cost and timing.';

test('the title span is the headline line without Markdown markers', () => {
  const text = `## **Board approves harbour plan**\n\n*Apr 09, 2024*\n\n${para}\n\n${para}`;
  const [a] = segmentArticles(makeDoc(text, { mediaType: 'text/markdown' }));
  assertField(text, a!.title, 'Board approves harbour plan', 'Board approves harbour plan');
  assert.equal(a!.title!.source, 'text');
  assert.match(a!.title!.rule, /followed-by-meta/);
});

test('an all-caps headline keeps its capitals; the caps name under it is the byline', () => {
  const text = `BOARD APPROVES HARBOUR PLAN\nMARIA GONZALEZ\nDEC 22, 2023\n\n${para}\n\n${para}`;
  const [a] = segmentArticles(makeDoc(text));
  assertField(text, a!.title, 'BOARD APPROVES HARBOUR PLAN');
  assertField(text, a!.author, 'Maria Gonzalez', 'MARIA GONZALEZ');
  assertField(text, a!.date, '2023-12-22', 'DEC 22, 2023');
});

test('a question headline is a headline', () => {
  const text = `Will the harbour plan survive the budget?\nBy Jane Doe\n\n${para}\n\n${para}`;
  const [a] = segmentArticles(makeDoc(text));
  assertField(text, a!.title, 'Will the harbour plan survive the budget?');
  assertField(text, a!.author, 'Jane Doe', 'Jane Doe');
});

test('fields found in the text carry their exact span', () => {
  const text = `Board approves harbour plan\nBy Jane Doe, Reuters | Apr 09, 2024\nhttps://www.example-news.com/2024/04/09/harbour\n\n${para}\n\n${para}`;
  const [a] = segmentArticles(makeDoc(text));
  assertField(text, a!.date, '2024-04-09', 'Apr 09, 2024');
  assertField(text, a!.author, 'Jane Doe', 'Jane Doe');
  assertField(text, a!.outlet, 'Reuters', 'Reuters');
  assertField(text, a!.url, 'https://www.example-news.com/2024/04/09/harbour', 'https://www.example-news.com/2024/04/09/harbour');
});

test('"Updated 3 hours ago" gives no date', () => {
  const text = `Board approves harbour plan\nUpdated 3 hours ago\n\n${para}\n\n${para}`;
  const [a] = segmentArticles(makeDoc(text));
  assertField(text, a!.title, 'Board approves harbour plan');
  assert.equal(a!.date, null);
});
