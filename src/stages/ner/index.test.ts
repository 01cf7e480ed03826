import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLayer } from '../../core/document.js';
import type { Mention } from '../../core/mention.js';
import { silentContext } from '../../core/stage.js';
import { asOneArticle, plainDocument } from '../quotes/testing.js';
import { sentencesStage } from '../sentences/index.js';
import { nerStage } from './index.js';

function mentionsOf(text: string, withTitle = true): readonly Mention[] {
  const doc = nerStage.run(sentencesStage.run(asOneArticle(plainDocument(text), withTitle), silentContext), silentContext);
  return getLayer<Mention>(doc, 'mentions');
}

const show = (text: string, ms: readonly Mention[]): string[] => ms.map((m) => `${m.type} ${text.slice(m.start, m.end)}`);

test('names in the headline and the body get their CoNLL types', () => {
  const text = 'Flooding closes roads across Bavaria\n\nMUNICH — Police in Munich said on Sunday that two rivers had burst their banks. Chancellor Olaf Brandt flew in from Berlin.';
  const got = show(text, mentionsOf(text));
  for (const want of ['LOC Bavaria', 'LOC MUNICH', 'LOC Munich', 'PERSON Olaf Brandt', 'LOC Berlin']) assert.ok(got.includes(want), `${want} missing from ${got.join(', ')}`);
});

test('a title before a name stays out of the mention', () => {
  const text = 'Health Minister Ana Costa said the hospitals were ready.';
  assert.deepEqual(show(text, mentionsOf(text, false)), ['PERSON Ana Costa']);
});

test('a bare surname after the full name is the same person, even where the tagger alone hesitates', () => {
  const text = 'Prosecutor Maren Holtvedt opened the case in Oslo. Holtvedt declined to comment.';
  const got = mentionsOf(text, false).filter((m) => m.type === 'PERSON').map((m) => text.slice(m.start, m.end));
  assert.deepEqual(got, ['Maren Holtvedt', 'Holtvedt']);
});

test('each mention records its article, ner.v1, a rule and a confidence between 0 and 1', () => {
  const text = 'The United Nations said Kenya would send police to Haiti.';
  const ms = mentionsOf(text, false);
  assert.ok(ms.length >= 3);
  for (const m of ms) {
    assert.equal(m.by, 'ner.v1');
    assert.ok(m.article?.startsWith('a_'));
    assert.ok(m.rule === 'tagger' || m.rule === 'surname-consistency');
    assert.ok(m.confidence >= 0 && m.confidence <= 1);
  }
});

test('mention spans are exact character offsets into the document text', () => {
  const text = 'Talks in Geneva ended.\n\nSwitzerland’s envoy, Lea Amstutz, left early.';
  for (const m of mentionsOf(text, false)) assert.match(text.slice(m.start, m.end), /^\p{Lu}[\p{L}’ ]*\p{L}$/u);
});

test('a document without articles gets an empty mentions layer', () => {
  const doc = nerStage.run({ ...plainDocument('Paris is calm.'), layers: { articles: [], sentences: [] } }, silentContext);
  assert.deepEqual(getLayer(doc, 'mentions'), []);
});

test('the stage leaves its input document untouched', () => {
  const input = sentencesStage.run(asOneArticle(plainDocument('Ana Costa spoke in Lisbon.'), false), silentContext);
  const before = JSON.stringify(input);
  nerStage.run(input, silentContext);
  assert.equal(JSON.stringify(input), before);
});
