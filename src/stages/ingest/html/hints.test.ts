import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './index.js';
import { loadPage } from './test-support.js';

const page = loadPage('news-article.html');
const { hints, messages } = readHtml(page);
const first = (field: string) => hints.find((h) => h.field === field);

test('JSON-LD hints come first and name their exact source', () => {
  assert.equal(hints[0]!.source.startsWith('jsonld:'), true);
  assert.deepEqual(first('date'), { field: 'date', value: '2024-03-05T09:30:00+00:00', source: 'jsonld:NewsArticle.datePublished', raw: first('date')!.raw });
});

test('every author of a JSON-LD author array becomes a hint', () => {
  const authors = hints.filter((h) => h.source === 'jsonld:NewsArticle.author.name').map((h) => h.value);
  assert.deepEqual(authors, ['Jane Roe', 'Tomás Ortega']);
});

test('publisher name and mainEntityOfPage are read from objects inside @graph', () => {
  assert.equal(first('outlet')!.value, 'The Riverside Courier');
  assert.equal(first('outlet')!.source, 'jsonld:NewsArticle.publisher.name');
  assert.ok(hints.some((h) => h.source === 'jsonld:NewsArticle.mainEntityOfPage' && h.value.endsWith('elm-street-bridge')));
});

test('OpenGraph, meta author, canonical link, time and html lang are all hints', () => {
  const sources = new Set(hints.map((h) => h.source));
  for (const s of ['meta:og:title', 'meta:og:site_name', 'meta:og:url', 'meta:article:published_time', 'meta:author', 'link:canonical', 'time:datetime', 'html:lang']) {
    assert.ok(sources.has(s), `missing ${s} among ${[...sources].join(', ')}`);
  }
});

test('a hint with a raw range points at its value in the page', () => {
  for (const h of hints) {
    if (!h.raw) continue;
    assert.equal(page.slice(h.raw.start, h.raw.end), h.value, `${h.source} raw range`);
  }
});

test('invalid JSON-LD becomes a message, not an exception', () => {
  const r = readHtml('<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script></head><body><p>Text</p></body></html>');
  assert.ok(r.messages.some((m) => m.ruleId === 'jsonld-invalid'));
  assert.equal(messages.length, 0);
});

test('meta sailthru.date and parsely-author are read as given', () => {
  const r = readHtml('<html><head><meta name="sailthru.date" content="2023-11-02 14:00:00"><meta name="parsely-author" content="Sam Lee"></head><body><p>x</p></body></html>');
  assert.ok(r.hints.some((h) => h.field === 'date' && h.value === '2023-11-02 14:00:00' && h.source === 'meta:sailthru.date'));
  assert.ok(r.hints.some((h) => h.field === 'author' && h.value === 'Sam Lee' && h.source === 'meta:parsely-author'));
});
