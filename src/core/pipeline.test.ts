import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, getLayer, withLayer } from './document.js';
import { sha256Hex } from './hash.js';
import { checkPipeline, runPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

const doc = createDocument({ origin: { uri: 'x.txt', mediaType: 'text/plain', sha256: sha256Hex('x'), byteLength: 1, encoding: 'utf-8' }, text: 'x' });
const makes: Stage = { name: 'makes', version: 1, requires: [], produces: ['a'], run: (d) => withLayer(d, 'a', [{ start: 0, end: 1, by: 'makes.v1', rule: 'all' }]) };
const needs: Stage = { name: 'needs', version: 1, requires: ['a'], produces: ['b'], run: (d) => d };
const fails: Stage = { name: 'fails', version: 1, requires: [], produces: [], run: () => { throw new Error('boom'); } };

test('a stage that needs a layer no earlier stage makes is refused with PT-E003', () => {
  assert.throws(() => checkPipeline([needs, makes]), { code: 'PT-E003' });
  assert.doesNotThrow(() => checkPipeline([makes, needs]));
});

test('a stage that throws on a document becomes a fatal message naming the stage, not an exception', () => {
  const out = runPipeline([makes, fails], doc);
  assert.equal(getLayer(out, 'a').length, 1);
  assert.deepEqual(out.messages.map((m) => [m.source, m.ruleId, m.fatal]), [['fails.v1', 'stage-failed', true]]);
  assert.equal(doc.messages.length, 0, 'the input document is not changed');
});
