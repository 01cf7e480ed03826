import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowed, decodeBilou, encodeBilou, TAGS, type TokenSpan } from './tags.js';
import { viterbi } from './viterbi.js';

test('BILOU encoding and decoding give back the same spans', () => {
  const spans: TokenSpan[] = [{ start: 0, end: 2, type: 'PERSON' }, { start: 3, end: 4, type: 'LOC' }, { start: 5, end: 8, type: 'ORG' }];
  const tags = encodeBilou(spans, 9);
  assert.deepEqual(tags.map((t) => TAGS[t]), ['B-PERSON', 'L-PERSON', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
  assert.deepEqual(decodeBilou(tags), spans);
});

test('an inside tag may only follow a begin or inside tag of its own type', () => {
  const t = (name: string): number => TAGS.indexOf(name);
  assert.ok(allowed(t('B-ORG'), t('L-ORG')));
  assert.ok(!allowed(t('B-ORG'), t('L-LOC')));
  assert.ok(!allowed(-1, t('I-ORG')));
  assert.ok(!allowed(t('B-ORG'), -1));
});

test('Viterbi never returns a broken name, whatever the scores say', () => {
  const n = TAGS.length;
  const emit = new Float64Array(3 * n);
  emit[TAGS.indexOf('I-PERSON')] = 10; // the first token "wants" an inside tag
  emit[n + TAGS.indexOf('L-LOC')] = 10;
  const tags = viterbi(emit, new Float32Array((n + 1) * n), n);
  for (let i = 0; i < tags.length; i++) assert.ok(allowed(i === 0 ? -1 : tags[i - 1]!, tags[i]!), tags.map((x) => TAGS[x]).join(' '));
  assert.ok(allowed(tags[tags.length - 1]!, -1));
});
