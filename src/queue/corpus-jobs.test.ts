import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CorpusStep } from '../core/corpus-step.js';
import { corpusRegistry } from '../service/corpus/corpus-registry.js';
import { postgresCorpusLock } from '../store/postgres/advisory-lock.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { cli, tempDir } from '../../test/cli-helpers.js';
import { corpusJobs, enqueueCorpusSteps } from './corpus-jobs.js';
import { openQueue } from './open-queue.js';
import { runWorker } from './run-worker.js';
import { folderOfReports, jobs, skip, withDatabase } from '../../test/queue-helpers.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 20_000) throw new Error(`timed out waiting until ${what}`);
    await pause(20);
  }
}

/** A test-only step that counts the documents, holds until released, and records how many runs overlap. */
function slowCount() {
  const seen = { runs: 0, active: 0, maxActive: 0, released: false };
  const step: CorpusStep = {
    name: 'slow-count', version: 1,
    async run(store) {
      seen.runs++;
      seen.maxActive = Math.max(seen.maxActive, ++seen.active);
      try {
        const documents = (await store.stats()).documents;
        while (!seen.released) await pause(20);
        return { summary: `${documents} documents`, counts: { documents } };
      } finally {
        seen.active--;
      }
    },
  };
  return { step, seen };
}

test('two workers run a corpus step once at a time; a run asked for meanwhile waits once and sees the documents stored before it', { skip, timeout: 60_000 }, async () => {
  await withDatabase(async (url) => {
    assert.equal((await cli('ingest', folderOfReports(3), '--db', url, '-q')).code, 0);
    const { step, seen } = slowCount();
    const registry = corpusRegistry([step]);
    const queues = await Promise.all([openQueue(url, { supervise: true }), openQueue(url, { supervise: true })]);
    const stores = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    try {
      assert.deepEqual(await enqueueCorpusSteps(queues[0], ['slow-count']), [{ step: 'slow-count', queued: true }]);
      const workers = queues.map((q, i) => runWorker(q, stores[i]!, { stages: [], corpus: { registry, lock: postgresCorpusLock(url) }, once: true, pollSeconds: 0.05 }));
      await until(() => seen.runs === 1, 'the first run started');
      // Ingest goes on during the run; two more requests while it runs make one waiting run.
      assert.equal((await cli('ingest', folderOfReports(2, 100), '--db', url, '-q')).code, 0);
      assert.deepEqual(await enqueueCorpusSteps(queues[1], ['slow-count', 'slow-count']),
        [{ step: 'slow-count', queued: true }, { step: 'slow-count', queued: false }]);
      await pause(300);
      assert.equal(seen.runs, 1, 'the waiting run must not start while the first one runs');
      seen.released = true;
      await Promise.all(workers);
      assert.equal(seen.maxActive, 1);
      assert.equal(seen.runs, 2);
      const done = (await corpusJobs(queues[0])).map((j) => `${j.step} ${j.state}: ${j.summary}`);
      assert.deepEqual(done, ['slow-count done: 5 documents', 'slow-count done: 3 documents']);
    } finally {
      await Promise.all([...queues.map((q) => q.close()), ...stores.map((s) => s.close())]);
    }
  });
});

test('the advisory lock makes a second holder of the same step wait, and lets another step run', { skip, timeout: 30_000 }, async () => {
  await withDatabase(async (url) => {
    const lock = postgresCorpusLock(url);
    const order: string[] = [];
    let release!: () => void;
    const first = lock.hold('copies', () => order.push('first waited'), async () => {
      order.push('first runs');
      await new Promise<void>((r) => { release = r; });
      order.push('first ends');
    });
    await until(() => order.length === 1, 'the first holder runs');
    const other = lock.hold('entities', () => order.push('other waited'), async () => { order.push('other step runs'); });
    await other;
    const second = lock.hold('copies', () => order.push('second waits'), async () => { order.push('second runs'); });
    await pause(200);
    release();
    await Promise.all([first, second]);
    assert.deepEqual(order, ['first runs', 'other step runs', 'second waits', 'first ends', 'second runs']);
  });
});

test('corpus run --queue, a worker takes the job, and jobs shows the step with its summary', { skip, timeout: 30_000 }, async () => {
  await withDatabase(async (url) => {
    assert.equal((await cli('ingest', folderOfReports(4), '--db', url, '-q')).code, 0);
    const queued = await cli('corpus', 'run', 'check', '--db', url, '--queue');
    assert.equal(queued.code, 0, queued.err);
    assert.match(queued.err, /check: queued/);
    assert.match((await cli('corpus', 'run', '--db', url, '--queue')).err, /check: a run is already waiting/);
    assert.match((await cli('jobs', '--db', url)).out, /corpus steps, latest first:\n(?: {2}(?:copies|entities) queued.*\n)* {2}check queued/);
    const worked = await cli('worker', '--db', url, '--once');
    assert.equal(worked.code, 0, worked.err);
    assert.match(worked.err, /done corpus step check: 4 documents, \d+ spans: every span lies inside its text/);
    const state = await jobs(url) as unknown as { corpusJobs: Array<{ step: string; state: string; summary: string }> };
    // Other registered steps (copies, entities) were queued by the bare `corpus run --queue` too.
    const check = state.corpusJobs.filter((j) => j.step === 'check');
    assert.equal(check.length, 1);
    assert.equal(check[0]?.state, 'done');
    assert.match((await cli('jobs', '--db', url)).out, /check done \d{4}-\d\d-\d\d [\d:]{8}: 4 documents/);
    // Re-runnable: a finished step can be queued again.
    assert.match((await cli('corpus', 'run', 'check', '--db', url, '--queue')).err, /check: queued/);
  });
});

test('corpus run here reports each step; an unknown step is PT-E070; --queue on SQLite is PT-E011', async () => {
  const db = join(tempDir(), 'c.db');
  assert.equal((await cli('ingest', folderOfReports(2), '--db', db, '-q')).code, 0);
  const run = await cli('corpus', 'run', '--db', db);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /^check: 2 documents, \d+ spans: every span lies inside its text/);
  const unknown = await cli('corpus', 'run', 'copies-typo', '--db', db);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /PT-E070 There is no corpus step "copies-typo": the steps are check/);
  assert.match((await cli('corpus', 'run', '--db', db, '--queue')).err, /PT-E011/);
});
