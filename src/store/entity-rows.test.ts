import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../core/article.js';
import { getLayer, withLayer } from '../core/document.js';
import type { Mention } from '../core/mention.js';
import { silentContext } from '../core/stage.js';
import { rolesStage } from '../stages/roles/index.js';
import { sentencesStage } from '../stages/sentences/index.js';
import { asOneArticle, plainDocument } from '../stages/quotes/testing.js';
import { entityMentionRows } from './entity-rows.js';

function rowsOf(text: string, tagged: string, type: Mention['type'] = 'PERSON') {
  let doc = sentencesStage.run(asOneArticle(plainDocument(text), false), silentContext);
  const article = getLayer<Article>(doc, 'articles')[0]!;
  const start = text.indexOf(tagged);
  const mention: Mention = { start, end: start + tagged.length, by: 'ner.v1', rule: 'tagger', type, article: article.id, confidence: 0.9 };
  doc = withLayer(doc, 'mentions', [mention]);
  return entityMentionRows(rolesStage.run(doc, silentContext));
}

test('a tagger span that took in the title is cut to the name the role gives, and keeps the role', () => {
  const rows = rowsOf('Santa Barbara County Sheriff Bill Brown said the fire was out.', 'Santa Barbara County Sheriff Bill Brown');
  assert.deepEqual(rows.map((r) => [r.name, r.role?.title, r.source]), [['Bill Brown', 'Sheriff', 'mentions']]);
  assert.match(rows[0]!.rule, /title-cut/);
});

test('a tagger name with a title before it keeps its span and gets the role', () => {
  const rows = rowsOf('Interior Minister Ana Costa resigned on Monday.', 'Ana Costa');
  assert.deepEqual(rows.map((r) => [r.text, r.role?.title, r.role?.org]), [['Ana Costa', 'Interior Minister', null]]);
});
