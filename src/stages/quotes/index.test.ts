import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPipeline } from '../../core/pipeline.js';
import { showSpan } from '../../core/span.js';
import { articlesStage } from '../articles/index.js';
import { quotesStage } from './index.js';
import { quotesOf } from './testing.js';

const TEXT = 'Dam repairs approved\n\n“The dam is safe,” Engineer Ana Costa said. She added that repairs would start in May.\n\nThe Globe reported that the cost had doubled, according to the ministry.';

test('the quotes stage needs the sentences layer before it', () => {
  assert.throws(() => checkPipeline([articlesStage, quotesStage]), /requires the "sentences" layer/);
});

test('every quote says it was made by quotes.v1 and names its rule', () => {
  const { quotes } = quotesOf(TEXT);
  assert.ok(quotes.length >= 2);
  for (const q of quotes) assert.ok(q.by === 'quotes.v1' && q.rule.length > 0, showSpan(TEXT, q));
});

test('quotes and attributions survive a JSON round trip unchanged', () => {
  const { quotes, attributions } = quotesOf(TEXT);
  assert.deepEqual(JSON.parse(JSON.stringify({ quotes, attributions })), { quotes, attributions });
});

test('a pronoun speaker points at its mention and at the fuller mention it resolves to', () => {
  const { quotes } = quotesOf(TEXT);
  const added = quotes.find((q) => TEXT.slice(q.start, q.end).startsWith('that repairs'))!;
  assert.equal(TEXT.slice(added.speaker!.mention!.start, added.speaker!.mention!.end), 'She', showSpan(TEXT, added));
  assert.equal(TEXT.slice(added.speaker!.resolved!.start, added.speaker!.resolved!.end), 'Engineer Ana Costa');
  assert.equal(added.speaker!.name, 'Ana Costa');
});

test('quotes never extend outside their sentence', () => {
  const { quotes } = quotesOf(TEXT);
  for (const q of quotes) assert.ok(q.sentence.start <= q.start && q.end <= q.sentence.end, showSpan(TEXT, q));
});

test('the stage does not change the document it is given', () => {
  const { doc } = quotesOf(TEXT);
  const before = JSON.stringify(doc);
  quotesStage.run(doc, { debug() {} });
  assert.equal(JSON.stringify(doc), before);
});
