import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../../test/cli-helpers.js';

import { bigExport, jobs, skip, sqliteExport, withDatabase, folderOfReports, worker } from '../../test/queue-helpers.js';

test('queuing the same files twice makes one job per file', { skip, timeout: 30_000 }, async () => {
  await withDatabase(async (url) => {
    const dir = folderOfReports(3);
    assert.equal((await cli('ingest', dir, '--db', url, '--queue')).code, 0);
    const again = await cli('ingest', dir, '--db', url, '--queue');
    assert.match(again.err, /0 jobs queued; 3 files were queued before/);
    assert.equal((await jobs(url)).queued, 3);
  });
});

test('two worker processes store every document once, and the export equals a single-process SQLite ingest', { skip, timeout: 60_000 }, async () => {
  await withDatabase(async (url, count) => {
    const dir = folderOfReports(40);
    assert.equal((await cli('ingest', dir, '--db', url, '--queue')).code, 0);
    const workers = [worker(url), worker(url)];
    assert.deepEqual(await Promise.all(workers.map((w) => w.exited)), [0, 0]);
    assert.equal(await count('SELECT count(*) AS n FROM documents'), 40);
    assert.equal((await jobs(url)).done, 40);
    assert.deepEqual((await cli('export', '--db', url)).out.split('\n').sort(), await sqliteExport(dir));
  });
});

test('a worker killed with SIGKILL mid-file, then a new worker: no document lost or stored twice', { skip, timeout: 120_000 }, async () => {
  await withDatabase(async (url, count) => {
    const dir = tempDir();
    bigExport(dir, 1500);
    assert.equal((await cli('ingest', dir, '--db', url, '--queue', '--job-timeout', '1', '--retry-delay', '0')).code, 0);
    const first = worker(url);
    const started = Date.now();
    while (Date.now() - started < 30_000 && await count('SELECT count(*) AS n FROM documents') < 200) await new Promise((r) => setTimeout(r, 20));
    first.kill();
    await first.exited;
    const partial = await count('SELECT count(*) AS n FROM documents');
    assert.ok(partial > 0 && partial < 1500, `the kill came at ${partial} documents; expected mid-file`);
    assert.equal(await worker(url).exited, 0);
    assert.equal(await count('SELECT count(*) AS n FROM documents'), 1500);
    assert.deepEqual((await cli('export', '--db', url)).out.split('\n').sort(), await sqliteExport(dir));
  });
});

test('a job for a binary file is retried, then parked as failed with its error, and jobs retry queues it again', { skip, timeout: 30_000 }, async () => {
  await withDatabase(async (url) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'photo.jpg.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0, 0, 1, 2, 0, 0]));
    assert.equal((await cli('ingest', dir, '--db', url, '--queue', '--retries', '1', '--retry-delay', '0')).code, 0);
    const run = await cli('worker', '--db', url, '--once', '-q');
    assert.equal(run.code, 0, run.err);
    assert.equal(run.err.match(/binary file/g)?.length, 2, run.err);
    const state = await jobs(url);
    assert.equal(state.failed, 1);
    assert.equal(state.failedJobs[0]?.attempts, 2);
    assert.match(state.failedJobs[0]?.error ?? '', /binary file/);
    assert.match((await cli('jobs', '--db', url)).out, /failed .*photo\.jpg\.txt \(2 attempts\): binary file/);
    assert.match((await cli('jobs', 'retry', '--db', url)).err, /1 failed jobs queued again/);
    assert.equal((await jobs(url)).queued, 1);
  });
});

test('--queue with a SQLite store is refused with PT-E011', async () => {
  const run = await cli('ingest', folderOfReports(1), '--db', join(tempDir(), 'x.db'), '--queue');
  assert.equal(run.code, 1);
  assert.match(run.err, /PT-E011/);
});
