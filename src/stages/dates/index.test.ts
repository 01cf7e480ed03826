import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../core/article.js';
import type { DateExpression } from '../../core/date-expression.js';
import { getLayer, withLayer } from '../../core/document.js';
import { showSpan } from '../../core/span.js';
import { silentContext } from '../../core/stage.js';
import { sentencesStage } from '../sentences/index.js';
import { asOneArticle, plainDocument } from '../quotes/testing.js';
import { datesStage } from './index.js';
import { resolveDates } from './resolve-dates.js';

function datesOf(text: string, date: string | null) {
  const doc = asOneArticle(plainDocument(text), false);
  const article = getLayer<Article>(doc, 'articles')[0]!;
  const dated = withLayer(doc, 'articles', [{ ...article, date: date ? { value: date, source: 'test', rule: 'test' } : null } as Article]);
  const out = datesStage.run(sentencesStage.run(dated, silentContext), silentContext);
  return { doc: out, dates: getLayer<DateExpression>(out, 'dates') };
}

function one(text: string, pub: string) {
  const found = resolveDates(text, { start: 0, end: text.length }, pub);
  assert.equal(found.length, 1, `expected one date in "${text}", got ${found.map((d) => showSpan(text, d)).join(', ')}`);
  return { ...found[0]!, words: text.slice(found[0]!.start, found[0]!.end) };
}

test('a weekday is the one before publication, with a day granularity and the words as evidence', () => {
  const d = one('The minister resigned on Tuesday.', '2024-03-14');
  assert.deepEqual([d.words, d.value, d.granularity, d.from, d.to], ['Tuesday', '2024-03-12', 'day', '2024-03-12', '2024-03-12']);
});

test('a weekday after the publication weekday moves back a week, unless the clause says it is still to come', () => {
  assert.equal(one('Officials met on Friday.', '2024-03-14').value, '2024-03-08');
  assert.match(one('Officials met on Friday.', '2024-03-14').rule, /past-week/);
  assert.equal(one('Officials will meet on Friday.', '2024-03-14').value, '2024-03-15');
  assert.equal(one('Critics say he wants a no-deal Brexit by October 31.', '2019-08-29').value, '2019-10-31');
});

test('a month and day without a year after publication is last year', () => {
  assert.equal(one('The vote was held on March 20.', '2024-03-14').value, '2023-03-20');
  assert.equal(one('The vote is scheduled for March 20.', '2024-03-14').value, '2024-03-20');
});

test('"last week" and "two weeks ago" are ISO weeks', () => {
  const d = one('Talks collapsed last week.', '2024-03-14');
  assert.deepEqual([d.value, d.granularity, d.from, d.to], ['2024-W10', 'week', '2024-03-04', '2024-03-10']);
  assert.equal(one('This week, the union called a strike.', '2022-12-02').value, '2022-W48');
});

test('qualifiers widen the span and narrow the days', () => {
  const late = one('Protests erupted in late October.', '2024-03-14');
  assert.deepEqual([late.words, late.value, late.qualifier, late.from, late.to], ['late October', '2023-10', 'late', '2023-10-22', '2023-10-31']);
  const earlier = one('She said earlier this month that she would run.', '2024-03-14');
  assert.deepEqual([earlier.words, earlier.value, earlier.qualifier, earlier.to], ['earlier this month', '2024-03', 'earlier', '2024-03-14']);
  const end = one('At the end of November, talks resumed.', '2022-12-02');
  assert.deepEqual([end.words, end.value, end.granularity, end.qualifier], ['the end of November', '2022-11', 'month', 'late']);
});

test('a year after a preposition is a year chrono alone does not read', () => {
  assert.deepEqual(Object.values((({ value, granularity }) => ({ value, granularity }))(one('The group was founded in 2019.', '2024-03-14'))), ['2019', 'year']);
  assert.equal(one('Growth slowed in mid-2023.', '2024-03-14').qualifier, 'mid');
});

test('the stage resolves each body sentence against its article date and keeps the sentence', () => {
  const text = 'Ferries stopped on Monday. The port reopened last week.';
  const { dates } = datesOf(text, '2024-03-14');
  assert.deepEqual(dates.map((d) => [text.slice(d.start, d.end), d.value, d.anchor]), [['Monday', '2024-03-11', '2024-03-14'], ['last week', '2024-W10', '2024-03-14']]);
  assert.equal(text.slice(dates[1]!.sentence.start, dates[1]!.sentence.end), 'The port reopened last week.');
  assert.match(dates[0]!.by, /^dates\.v1$/);
});

test('without a publication date only dates that name their year are kept', () => {
  const text = 'Ferries stopped on Monday. The port opened on 4 May 1998.';
  const { dates } = datesOf(text, null);
  assert.deepEqual(dates.map((d) => [d.value, d.anchor]), [['1998-05-04', null]]);
});

test('the input document is not changed', () => {
  const doc = sentencesStage.run(asOneArticle(plainDocument('It rained on Monday.')), silentContext);
  const before = JSON.stringify(doc);
  datesStage.run(doc, silentContext);
  assert.equal(JSON.stringify(doc), before);
});

test('a dateline on a line of its own is the publication date, not an event', () => {
  const text = 'Saturday, April 20, 2019\n\nThe port reopened on Friday.';
  const { dates } = datesOf(text, '2019-04-20');
  assert.deepEqual(dates.map((d) => [text.slice(d.start, d.end), d.value]), [['Friday', '2019-04-19']]);
});
