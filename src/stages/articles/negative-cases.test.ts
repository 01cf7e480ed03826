/** What must NOT become an article or a title (chrono's negative_cases). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentArticles } from './index.js';
import { makeDoc, showArticles, titles } from './testing.js';

const P1 = 'The regional board approved the harbour plan on Monday after a two-hour debate in which members raised concerns about its cost.';
const P2 = 'Work on the first phase is expected to begin in the autumn and to last about eighteen months, the board chair told reporters afterwards.';
const HEAD = 'Board approves harbour plan\nApr 09, 2024\n\n';

function onlyTitle(text: string, title = 'Board approves harbour plan'): void {
  const articles = segmentArticles(makeDoc(text));
  assert.deepEqual(titles(articles), [title], showArticles(text, articles));
}

test('a "Related News" list of headlines with dates is not articles', () => {
  onlyTitle(`${HEAD}${P1}\n\n${P2}\n\nRelated News\nFerry fares to rise in July\nApr 08, 2024\nIsland residents push for night service\nApr 07, 2024\n`);
});

test('a lone dateline is not a title', () => {
  onlyTitle(`${HEAD}${P1}\n\nApr 10, 2024\n\n${P2}`);
});

test('a caption is not a title', () => {
  onlyTitle(`${HEAD}${P1}\n\nCranes stand over the harbour on Monday. Photo: Jo Smith / AFP\n\n${P2}`);
});

test('a pull quote is not a title', () => {
  onlyTitle(`${HEAD}${P1}\n\n“This is the harbour’s future”\n\n${P2}`);
});

test('a share bar is not a title', () => {
  onlyTitle(`${HEAD}Share this: Facebook Twitter WhatsApp\n\n${P1}\n\n${P2}`);
});

test('a sub-heading inside one article is not a new article', () => {
  onlyTitle(`${HEAD}${P1}\n\nWhat happens next\n\n${P2}\n\nCosts and delays\n\n${P1}`);
});

test('a table of contents is not articles', () => {
  onlyTitle(`${HEAD}Contents\n1. The plan\n2. The cost\n3. What next\n\n${P1}\n\nThe plan\n\n${P2}\n\nThe cost\n\n${P1}`);
});

test('a cookie notice before the article is not an article', () => {
  const text = `We use cookies to give you the best experience. By continuing you accept our cookie policy.\n\n${HEAD}${P1}\n\n${P2}`;
  onlyTitle(text);
  const [a] = segmentArticles(makeDoc(text));
  assert.ok(a!.start > text.indexOf('Board') - 1, showArticles(text, [a!]));
});

test('an author bio is not a title nor an article', () => {
  onlyTitle(`${HEAD}${P1}\n\n${P2}\n\nJane Doe is a reporter covering transport and the harbour for the Ledger.\n`);
});

test('a "Read more:" line is not a title', () => {
  onlyTitle(`${HEAD}${P1}\n\nRead more: Why the harbour flooded in 2022\n\n${P2}`);
});

test('"Related News" itself is never a title', () => {
  const articles = segmentArticles(makeDoc(`Related News\nApr 09, 2024\n\n${P1}\n\n${P2}`));
  assert.ok(!titles(articles).includes('Related News'), titles(articles).join(' | '));
});

test('a newsletter box after a rule does not start an article', () => {
  onlyTitle(`${HEAD}${P1}\n\n${P2}\n\n---\n\nSign up for The Ledger newsletter and get the harbour news in your inbox every morning.`);
});
