import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusStep } from '../../core/corpus-step.js';
import { withLayer } from '../../core/document.js';
import { MemoryStore } from '../../store/memory/memory-store.js';
import { makeDocument } from '../../store/contract/fixtures.js';
import { badSpans, checkStep } from './check-step.js';
import { processCorpusLock } from './corpus-lock.js';
import { corpusRegistry } from './corpus-registry.js';
import { runCorpusSteps } from './run-corpus-steps.js';

const step = (name: string, run: CorpusStep['run'] = async () => ({ summary: name })): CorpusStep => ({ name, version: 1, run });

test('the registry selects named steps in the order given, or all of them in registry order', () => {
  const registry = corpusRegistry([step('copies'), step('entities'), step('check')]);
  assert.deepEqual(registry.select([]).map((s) => s.name), ['copies', 'entities', 'check']);
  assert.deepEqual(registry.select(['check', 'copies', 'check']).map((s) => s.name), ['check', 'copies']);
  assert.throws(() => registry.select(['copy']), (e: Error & { code?: string }) => e.code === 'PT-E070' && e.message === 'There is no corpus step "copy": the steps are copies, entities, check.');
});

test('the registry refuses two steps of one name, and names that cannot be queue names', () => {
  assert.throws(() => corpusRegistry([step('copies'), step('copies')]), (e: Error & { code?: string }) => e.code === 'PT-E071' && /Two corpus steps are named "copies"/.test(e.message));
  assert.throws(() => corpusRegistry([step('Copies Step')]), (e: Error & { code?: string }) => e.code === 'PT-E071');
});

test('a failing step is reported with its error and the next step still runs', async () => {
  const store = new MemoryStore();
  const runs = await runCorpusSteps(store, [step('broken', async () => { throw new Error('no clusters table'); }), step('check')], { lock: processCorpusLock() });
  assert.deepEqual(runs.map((r) => [r.step, r.error ?? r.result?.summary]), [['broken', 'no clusters table'], ['check', 'check']]);
});

test('the in-process lock runs a second run of the same step after the first, and another step at once', async () => {
  const lock = processCorpusLock();
  const order: string[] = [];
  let release!: () => void;
  const first = lock.hold('a', () => order.push('first waited'), () => new Promise<void>((r) => { order.push('first'); release = r; }));
  const second = lock.hold('a', () => order.push('second waits'), async () => { order.push('second'); });
  await lock.hold('b', () => order.push('b waited'), async () => { order.push('b'); });
  release();
  await Promise.all([first, second]);
  assert.deepEqual(order, ['first', 'second waits', 'b', 'second']);
});

test('check counts every span of every layer and block, nested ones included, and finds none out of place in a sound store', async () => {
  const store = new MemoryStore();
  await store.putDocument(makeDocument('one', [{ title: 'Port strike ends', body: 'Dock workers voted.', clutter: 'Share this' }]));
  const progress: number[] = [];
  const result = await checkStep.run(store, (done) => progress.push(done));
  // blocks 1, articles 1 + title evidence 1 + boilerplate 1, sentences 1.
  assert.deepEqual(result.counts, { documents: 1, spans: 5, bad: 0 });
  assert.match(result.summary, /^1 documents, 5 spans: every span lies inside its text$/);
  assert.deepEqual(progress, [1]);
});

test('check names a span past the end of its text, and one that ends before it starts', () => {
  const doc = makeDocument('two', [{ title: 'Flood', body: 'Rain fell.' }]);
  const broken = withLayer(doc, 'quotes', [{ start: 3, end: doc.text.length + 5, by: 'quotes.v1', rule: 'test' }, { start: 4, end: 2, by: 'quotes.v1', rule: 'test' }]);
  assert.deepEqual(badSpans(broken).bad, [
    `${doc.id} quotes[0] [3, ${doc.text.length + 5}) of ${doc.text.length}`,
    `${doc.id} quotes[1] [4, 2) of ${doc.text.length}`,
  ]);
});
