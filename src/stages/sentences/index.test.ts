import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLayer } from '../../core/document.js';
import type { Sentence } from '../../core/quote.js';
import { silentContext } from '../../core/stage.js';
import { asOneArticle, plainDocument } from '../quotes/testing.js';
import { sentencesStage } from './index.js';

const TEXT = 'Storm closes schools\n\nSchools shut on Monday. Buses stopped.\n\nClasses resume Thursday.';

test('sentences cover the article body and leave its title out', () => {
  const doc = sentencesStage.run(asOneArticle(plainDocument(TEXT)), silentContext);
  const got = getLayer<Sentence>(doc, 'sentences').map((s) => TEXT.slice(s.start, s.end));
  assert.deepEqual(got, ['Schools shut on Monday.', 'Buses stopped.', 'Classes resume Thursday.']);
});

test('each sentence records its paragraph, its article and sentences.v1', () => {
  const doc = sentencesStage.run(asOneArticle(plainDocument(TEXT)), silentContext);
  const s = getLayer<Sentence>(doc, 'sentences');
  assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1]);
  assert.ok(s.every((x) => x.by === 'sentences.v1' && x.article.startsWith('a_')));
});

test('a document without articles gets no sentences', () => {
  const doc = sentencesStage.run({ ...plainDocument(TEXT), layers: { articles: [] } }, silentContext);
  assert.equal(getLayer(doc, 'sentences').length, 0);
});
