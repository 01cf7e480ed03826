import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { cli, tempDir } from '../../test/cli-helpers.js';
import { bigExport, folderOfReports, jobs, skip, sqliteExport, worker } from '../../test/queue-helpers.js';

const SCRIPT = new URL('../../scripts/ci-postgres.sh', import.meta.url).pathname;

/**
 * A PostgreSQL cluster of this test's own, on a port of its own, so that stopping it breaks no
 * other test (or person) using the shared test server. Started and stopped with the same
 * script CI uses.
 */
function ownCluster() {
  const env = {
    ...process.env, PRESSTRAIL_PG_DIR: join('/tmp', `presstrail-pg-restart-${process.pid}`),
    PRESSTRAIL_PG_PORT: String(56_000 + (process.pid % 1000)), PRESSTRAIL_PG_DB: 'presstrail_restart',
  };
  const script = (...args: string[]) => execFileSync('bash', [SCRIPT, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n').pop()!;
  return {
    start: () => script(),
    stop: () => { script('stop'); },
    remove: () => { script('stop'); rmSync(env.PRESSTRAIL_PG_DIR, { recursive: true, force: true }); },
  };
}

/** A count on a connection of its own (any earlier one died with the server); 0 while the server is away. */
async function countDocuments(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  try {
    await client.connect();
    return Number((await client.query('SELECT count(*) AS n FROM documents')).rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}

test('PostgreSQL stopped and started again while two workers ingest: no document lost or stored twice, same export as SQLite', { skip, timeout: 240_000 }, async () => {
  const cluster = ownCluster();
  try {
    const url = cluster.start();
    const dir = folderOfReports(30);
    bigExport(dir, 1500);
    assert.equal((await cli('ingest', dir, '--db', url, '--queue', '-q')).code, 0);
    const workers = [worker(url), worker(url)];
    const started = Date.now();
    while (Date.now() - started < 60_000 && await countDocuments(url) < 300) await new Promise((r) => setTimeout(r, 50));
    const before = await countDocuments(url);
    assert.ok(before >= 300 && before < 1530, `the stop came at ${before} documents; expected mid-ingest`);
    cluster.stop();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(cluster.start(), url, 'the cluster came back on its port');
    assert.deepEqual(await Promise.all(workers.map((w) => w.exited)), [0, 0]);
    assert.equal(await countDocuments(url), 1530);
    const state = await jobs(url);
    assert.deepEqual([state.done, state.failed, state.queued, state.running], [31, 0, 0, 0]);
    assert.deepEqual((await cli('export', '--db', url)).out.split('\n').sort(), await sqliteExport(dir));
  } finally {
    cluster.remove();
  }
});

test('without the server a worker reports the lost connection and waits rather than failing its job', { skip, timeout: 120_000 }, async () => {
  const cluster = ownCluster();
  try {
    const url = cluster.start();
    const dir = tempDir();
    bigExport(dir, 600);
    assert.equal((await cli('ingest', dir, '--db', url, '--queue', '-q', '--retries', '0')).code, 0);
    const one = worker(url);
    while (await countDocuments(url) < 50) await new Promise((r) => setTimeout(r, 50));
    cluster.stop();
    await new Promise((r) => setTimeout(r, 3000));
    cluster.start();
    assert.equal(await one.exited, 0);
    // With no retries left a failed attempt would have parked the job: it is done instead.
    const state = await jobs(url);
    assert.deepEqual([state.done, state.failed], [1, 0]);
    assert.equal(await countDocuments(url), 600);
  } finally {
    cluster.remove();
  }
});
