import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { titledRecords, WIKINEWS } from './false-alarms.js';
import { loadPairs } from './pairs.js';
import { predict, score } from './score.js';

/** ../shared/corpora from the repository root, or PRESSTRAIL_CORPORA. */
const CORPORA = process.env.PRESSTRAIL_CORPORA ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const absent = existsSync(`${CORPORA}/${WIKINEWS}`) && existsSync(`${CORPORA}/quotes/ggt-eval/gold.jsonl`) ? false : `corpora absent at ${CORPORA}: gate skipped`;

/** Floors a little under the figures in bench/RESULTS.md; raise them when the stage improves (never lower without an argument). */
const FLOORS = { notFoundPrecision: 0.95, notFoundRecall: 0.42, quotedPrecision: 0.9, quotedRecall: 0.75, paraphrasedRecall: 0.9, noAttributionRecall: 0.9, accuracy: 0.74 };

test('headline verdicts on the evaluation set stay above their floors', { skip: absent }, () => {
  const s = score(predict(CORPORA, loadPairs()));
  const v = s.perVerdict;
  const wrong = s.predictions.filter((p) => p.predicted === 'not found' && p.pair.expected !== 'not found').map((p) => `${p.pair.id} ${p.pair.headline}`);
  assert.ok(v['not found'].precision >= FLOORS.notFoundPrecision, `not-found precision ${v['not found'].precision.toFixed(3)} < ${FLOORS.notFoundPrecision}; false alarms:\n${wrong.join('\n')}`);
  assert.ok(v['not found'].recall >= FLOORS.notFoundRecall, `not-found recall ${v['not found'].recall.toFixed(3)} < ${FLOORS.notFoundRecall}`);
  assert.ok(v.quoted.precision >= FLOORS.quotedPrecision, `quoted precision ${v.quoted.precision.toFixed(3)} < ${FLOORS.quotedPrecision}`);
  assert.ok(v.quoted.recall >= FLOORS.quotedRecall, `quoted recall ${v.quoted.recall.toFixed(3)} < ${FLOORS.quotedRecall}`);
  assert.ok(v.paraphrased.recall >= FLOORS.paraphrasedRecall, `paraphrased recall ${v.paraphrased.recall.toFixed(3)} < ${FLOORS.paraphrasedRecall}`);
  assert.ok(v['no attribution'].recall >= FLOORS.noAttributionRecall, `no-attribution recall ${v['no attribution'].recall.toFixed(3)} < ${FLOORS.noAttributionRecall}`);
  assert.ok(s.accuracy >= FLOORS.accuracy, `accuracy ${s.accuracy.toFixed(3)} < ${FLOORS.accuracy}`);
});

test('well-edited Wikinews headlines are almost never "not found" (false-alarm ceiling 1 %)', { skip: absent }, () => {
  const c = titledRecords(CORPORA, WIKINEWS, 1000);
  assert.ok(c.counts['not found'] / c.checked <= 0.01, `${c.counts['not found']} of ${c.checked} Wikinews headlines not found:\n${c.alarms.map((a) => a.headline).join('\n')}`);
});
