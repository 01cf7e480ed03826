import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boilerplateRule } from './06-boilerplate.js';
import { segmentArticles } from './index.js';
import { makeDoc, showArticles } from './testing.js';

const cases: [string, string][] = [
  ['Related News', 'related'],
  ['Read more: How the 2022 storm reshaped the shore', 'read-more'],
  ['Share this: Facebook Twitter WhatsApp', 'share'],
  ['Photo: Crews clear debris on Sunday. / AFP', 'caption'],
  ['(Image credit: Swiss Glacier Monitoring Network)', 'caption'],
  ['Jane Doe is a reporter covering city hall.', 'author-bio'],
  ['Sign up for our morning newsletter', 'newsletter'],
  ['Advertisement', 'advert'],
  ['Home | World | Business | Sport', 'navigation'],
  ['3 Comments', 'comments'],
  ['© 2024 Harbor Town Notes. All rights reserved.', 'copyright'],
  ['Tags: food, business, awards', 'tags'],
  ['Source: Harbor Town Ledger', 'source-line'],
  ['We use cookies to improve your experience.', 'other'],
];

for (const [line, label] of cases) {
  test(`"${line}" is ${label} clutter`, () => assert.equal(boilerplateRule(line)?.label, label));
}

test('a news sentence is not clutter', () => {
  assert.equal(boilerplateRule('The council said it would share the results with residents next week.'), null);
});

test('clutter inside an article is kept as labelled spans inside the article', () => {
  const text = 'Ferry service expanded on weekends\nApr 09, 2024\n\nThe council voted on Monday to add four weekend round trips to the island ferry, starting in June.\n\nShare this: Facebook Twitter WhatsApp\n\nRiders had complained of full boats on Saturdays for two summers, the council member who proposed the change said.\n\nRelated News\nFerry fares to rise in July\nIsland residents push for night service\n';
  const [article] = segmentArticles(makeDoc(text));
  assert.ok(article, showArticles(text, []));
  const labels = article.boilerplate.map((b) => `${b.label}:${text.slice(b.start, b.end).split('\n')[0]}`);
  assert.deepEqual(labels, ['share:Share this: Facebook Twitter WhatsApp', 'related:Related News']);
  for (const b of article.boilerplate) assert.ok(b.start >= article.start && b.end <= article.end, showArticles(text, [article]));
  assert.ok(text.slice(article.boilerplate[1]!.start, article.boilerplate[1]!.end).endsWith('night service'));
});
