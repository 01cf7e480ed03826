import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readConll } from '../../src/ner/conll.js';
import { evaluateConll } from '../../src/ner/evaluate-conll.js';
import { SpanScorer } from '../../src/ner/score.js';
import { defaultNerModel } from '../../src/stages/ner/load-model.js';
import { loadModernNews } from './modern-news.js';
import { modernNewsMentions } from './measure.js';

const TESTB = new URL('../../../shared/corpora/ner/conll2003/eng.testb', import.meta.url).pathname;

/** Floors a little under the figures in bench/RESULTS.md; raise them when the model improves (never lower without an argument). */
const CONLL_FLOORS = { overall: 0.865, PERSON: 0.915, ORG: 0.81, LOC: 0.895, MISC: 0.775 } as const;
const MODERN_NEWS_FLOOR = 0.86;

test('NER on CoNLL-2003 testb stays above its floors', { skip: existsSync(TESTB) ? false : `corpus absent at ${TESTB}: gate skipped` }, () => {
  const s = evaluateConll(defaultNerModel(), readConll(TESTB));
  for (const [type, floor] of Object.entries(CONLL_FLOORS)) {
    const f1 = s.prf(type === 'overall' ? undefined : type).f1;
    assert.ok(f1 >= floor, `${type} F1 ${f1.toFixed(3)} < ${floor}`);
  }
});

test('NER on the modern-news set written for this project stays above its floor', () => {
  const s = new SpanScorer();
  for (const p of loadModernNews()) s.add(p.spans, modernNewsMentions(p.text));
  assert.ok(s.prf().f1 >= MODERN_NEWS_FLOOR, `modern-news F1 ${s.prf().f1.toFixed(3)} < ${MODERN_NEWS_FLOOR}`);
});
