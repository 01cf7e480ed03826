import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showSpan } from '../../core/span.js';
import { segmentArticles } from './index.js';
import { makeDoc } from './testing.js';

test('short closing sentences and quotes stay in the article', () => {
  const text = 'Talks stall over fishing quotas\n\nNegotiations over fishing quotas broke down late on Wednesday after eleven hours.\n\n“Everyone is tired,” one negotiator said.\n';
  const [article] = segmentArticles(makeDoc(text));
  assert.ok(article);
  assert.equal(text.slice(article.start, article.end).trimEnd().endsWith('one negotiator said.'), true, showSpan(text, article));
});

test('a colon lead-in and the quote it introduces stay in the article', () => {
  const text = 'Port strike ends\n\nThe strike at the container port ended after nine days of talks.\n\nThe union spokeswoman put it simply:\n\n“We got what we came for.”\n';
  const [article] = segmentArticles(makeDoc(text));
  assert.ok(article);
  assert.ok(text.slice(article.start, article.end).includes('We got what we came for.'), showSpan(text, article));
});

test('a short line without a sentence end after the story is not pulled in', () => {
  const text = 'Port strike ends\nApr 09, 2024\n\nThe strike at the container port ended after nine days of talks, the union said on Tuesday evening.\n\nDock workers will return for the early shift on Wednesday, with the first ships due in the afternoon.\n\nWeather Sport Business\n';
  const [article] = segmentArticles(makeDoc(text));
  assert.ok(article);
  assert.ok(!text.slice(article.start, article.end).includes('Weather Sport Business'), showSpan(text, article));
});
