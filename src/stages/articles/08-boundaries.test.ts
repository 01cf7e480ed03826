import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentArticles } from './index.js';
import { makeDoc, showArticles, titles } from './testing.js';

const body = (topic: string): string =>
  `Officials said on Monday that the ${topic} would go ahead as planned, despite objections from several residents who spoke at a public meeting last week.\n\nThe plan still needs final approval from the regional board, which is expected to vote on it before the end of next month.`;

function check(text: string, expected: string[]): void {
  const articles = segmentArticles(makeDoc(text));
  assert.deepEqual(titles(articles), expected, showArticles(text, articles));
}

test('a headline followed by a dateline starts an article', () => {
  check(`Bridge repairs to begin in May\nApr 09, 2024\n\n${body('bridge work')}\n\nPark to get new playground\nApr 10, 2024\n\n${body('playground')}`, ['Bridge repairs to begin in May', 'Park to get new playground']);
});

test('a separator line and a short line over prose start an article', () => {
  check(`Bridge repairs to begin in May\n\n${body('bridge work')}\n\n* * *\n\nPark to get new playground\n\n${body('playground')}`, ['Bridge repairs to begin in May', 'Park to get new playground']);
});

test('a date printed above the headline belongs to the next article', () => {
  const text = `Apr 09, 2024\nBridge repairs to begin in May\n\n${body('bridge work')}\n\nApr 10, 2024\nPark to get new playground\n\n${body('playground')}`;
  const articles = segmentArticles(makeDoc(text));
  assert.equal(text.slice(articles[1]!.start).startsWith('Apr 10, 2024'), true, showArticles(text, articles));
  assert.equal(articles[1]!.date?.value, '2024-04-10');
});

test('an article ends at its last paragraph when site furniture follows', () => {
  const text = `Bridge repairs to begin in May\nApr 09, 2024\n\n${body('bridge work')}\n\nYou Might Also Like\nTen walks around the harbor\nThe best chowder in town\n\nPark to get new playground\nApr 10, 2024\n\n${body('playground')}`;
  const articles = segmentArticles(makeDoc(text));
  assert.ok(text.slice(articles[0]!.start, articles[0]!.end).endsWith('end of next month.'), showArticles(text, articles));
  assert.equal(titles(articles).length, 2);
});

test('a wire lead after a short line marks a headline', () => {
  check(`Markets fall on rate fears\n\nLONDON (Reuters) - ${body('sale')}\n\nFloods hit coastal towns\n\nMANILA (AP) — ${body('evacuation')}`, ['Markets fall on rate fears', 'Floods hit coastal towns']);
});

test('Markdown headings deeper than the post level are sections', () => {
  check(`## Bridge repairs to begin in May\n\n*Apr 09, 2024*\n\n${body('bridge work')}\n\n### What drivers should know\n\n${body('detour')}\n\n---\n\n## Park to get new playground\n\n*Apr 10, 2024*\n\n${body('playground')}`, ['Bridge repairs to begin in May', 'Park to get new playground']);
});

test('text without headline cues is one article', () => {
  check(`Bridge repairs to begin in May\n\n${body('bridge work')}\n\nWhat drivers should know\n\n${body('detour')}`, ['Bridge repairs to begin in May']);
});

test('a site header without prose before the first headline is outside every article', () => {
  const text = `Harbor Town Notes\nHome | Local | Business\n\nBridge repairs to begin in May\nApr 09, 2024\n\n${body('bridge work')}`;
  const articles = segmentArticles(makeDoc(text));
  assert.equal(articles.length, 1);
  assert.equal(text.slice(articles[0]!.start).startsWith('Bridge repairs'), true, showArticles(text, articles));
});

test('articles never overlap and lie in text order', () => {
  const text = `Bridge repairs to begin in May\nApr 09, 2024\n\n${body('a')}\n\nRelated News\nOld story one\nOld story two\n\nPark to get new playground\nApr 10, 2024\n\n${body('b')}`;
  const articles = segmentArticles(makeDoc(text));
  for (let i = 1; i < articles.length; i++) assert.ok(articles[i - 1]!.end <= articles[i]!.start, showArticles(text, articles));
});
