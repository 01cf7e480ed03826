import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, MetaHint } from '../../core/document.js';
import { segmentArticles, articlesStage } from './index.js';
import { assertField, makeDoc, showArticles, titles } from './testing.js';
import { getLayer } from '../../core/document.js';
import { silentContext } from '../../core/stage.js';
import { articleId, type Article } from '../../core/article.js';

function blockAt(text: string, part: string, kind: Block['kind'], extra: Partial<Block> = {}): Block {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length, by: 'ingest.html', rule: 'test', kind, ...extra };
}

test('an HTML archive page gives one article per post block, titled by its first heading', () => {
  const posts = ['First post title\nBy Ann Lee\nThe first post says something long enough to be a paragraph of news.', 'Second post title\nThe second post says something else that is also long enough to be news.'];
  const text = `Site name\n\n${posts[0]}\n\n${posts[1]}\n\nFooter links`;
  const blocks = [blockAt(text, posts[0]!, 'post'), blockAt(text, 'First post title', 'heading', { level: 2 }), blockAt(text, 'By Ann Lee', 'byline'), blockAt(text, posts[1]!, 'post'), blockAt(text, 'Second post title', 'heading', { level: 2 })];
  const hints: MetaHint[] = [{ field: 'title', value: 'Archive', source: 'meta:og:title' }, { field: 'outlet', value: 'Site Name', source: 'meta:og:site_name' }];
  const articles = segmentArticles(makeDoc(text, { mediaType: 'text/html', blocks, hints }));
  assert.deepEqual(titles(articles), ['First post title', 'Second post title'], showArticles(text, articles));
  assertField(text, articles[0]!.author, 'Ann Lee', 'Ann Lee');
  assert.equal(articles[1]!.outlet?.source, 'meta:og:site_name');
});

test('an HTML page without posts is one article; JSON-LD wins over text for the date', () => {
  const text = 'Menu\n\nHarbour plan approved\nApr 08, 2024\n\nThe board approved the plan on Monday after a long debate about its cost.\n\nPhoto: The harbour at dawn.';
  const blocks = [blockAt(text, 'Harbour plan approved', 'heading', { level: 1 }), blockAt(text, 'Apr 08, 2024', 'dateline'), blockAt(text, 'The board approved the plan on Monday after a long debate about its cost.', 'paragraph'), blockAt(text, 'Photo: The harbour at dawn.', 'caption')];
  const hints: MetaHint[] = [{ field: 'date', value: '2024-04-09T23:30:00-05:00', source: 'jsonld:NewsArticle.datePublished' }, { field: 'title', value: 'Harbour plan approved | The Ledger', source: 'meta:og:title' }];
  const [a, ...rest] = segmentArticles(makeDoc(text, { mediaType: 'text/html', blocks, hints }));
  assert.equal(rest.length, 0);
  assert.deepEqual(a!.date, { value: '2024-04-09', source: 'jsonld:NewsArticle.datePublished', rule: 'hint-date' });
  assertField(text, a!.title, 'Harbour plan approved', 'Harbour plan approved');
  assert.equal(text.slice(a!.start).startsWith('Harbour plan approved'), true, showArticles(text, [a!]));
  assert.deepEqual(a!.boilerplate.map((b) => b.label), ['caption']);
});

test('a feed item is one article titled by its heading, dated by its pubDate hint', () => {
  const text = 'Ferry fares to rise\n\nFares on the island ferry will rise by 25 cents in July, the port authority said.';
  const blocks = [blockAt(text, 'Ferry fares to rise', 'heading')];
  const hints: MetaHint[] = [{ field: 'date', value: 'Tue, 09 Apr 2024 10:00:00 GMT', source: 'feed:pubDate' }, { field: 'url', value: 'https://example.com/fares', source: 'feed:link' }, { field: 'author', value: 'Port Desk', source: 'feed:author' }];
  const [a] = segmentArticles(makeDoc(text, { mediaType: 'application/rss+xml', blocks, hints }));
  assertField(text, a!.title, 'Ferry fares to rise', 'Ferry fares to rise');
  assert.deepEqual(a!.date, { value: '2024-04-09', source: 'feed:pubDate', rule: 'hint-date' });
  assert.equal(a!.url?.source, 'feed:link');
  assert.equal(a!.author?.value, 'Port Desk');
});

test('the stage sets the articles layer without touching its input', () => {
  const text = 'Ferry fares to rise\nApr 09, 2024\n\nFares on the island ferry will rise by 25 cents in July, the port authority said on Monday after a review.\n\nThe authority said costs had grown faster than expected since the last increase in 2019.';
  const doc = makeDoc(text);
  const frozen = JSON.stringify(doc);
  const out = articlesStage.run(doc, silentContext);
  assert.equal(JSON.stringify(doc), frozen);
  const layer = getLayer<Article>(out, 'articles');
  assert.equal(layer.length, 1);
  assert.equal(layer[0]!.id, articleId(doc.id, 0));
  assert.deepEqual(JSON.parse(JSON.stringify(layer)), layer);
});
