import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showSpan } from '../../../core/span.js';
import { readHtml } from './index.js';
import { loadPage } from './test-support.js';

test('an archive page with three full posts gives one post block per post, in page order', () => {
  const r = readHtml(loadPage('blog-archive.html'));
  const posts = r.blocks.filter((b) => b.kind === 'post');
  assert.equal(posts.length, 3, posts.map((p) => showSpan(r.text, p)).join('\n'));
  const starts = posts.map((p) => r.text.slice(p.start, p.end).split('\n')[0]);
  assert.deepEqual(starts, ['After the flood', 'The boat builders of Lower Quay', 'A heron on the weir']);
});

test('each post holds its own heading block', () => {
  const r = readHtml(loadPage('blog-archive.html'));
  for (const post of r.blocks.filter((b) => b.kind === 'post')) {
    const heading = r.blocks.find((b) => b.kind === 'heading' && b.start === post.start);
    assert.ok(heading, `no heading at the start of ${showSpan(r.text, post)}`);
  }
});

test('the archive page keeps every post body, not a single pick', () => {
  const r = readHtml(loadPage('blog-archive.html'));
  for (const needle of ['second step of the church', 'three boatyards', 'grey heron']) assert.ok(r.text.includes(needle), needle);
  assert.ok(!r.text.includes('written by one person'), 'footer leaked into the posts');
});

test('a listing of teasers is not treated as a multi-post page', () => {
  const r = readHtml(loadPage('teaser-listing.html'));
  assert.equal(r.blocks.filter((b) => b.kind === 'post').length, 0);
});

test('a single news article is not treated as a multi-post page', () => {
  const r = readHtml(loadPage('news-article.html'));
  assert.equal(r.blocks.filter((b) => b.kind === 'post').length, 0);
});
