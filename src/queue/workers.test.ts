import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { cli, tempDir } from '../../test/cli-helpers.js';

const PG_URL = process.env.PRESSTRAIL_TEST_PG;
const skip = PG_URL ? false : 'set PRESSTRAIL_TEST_PG to a PostgreSQL URL (bash scripts/ci-postgres.sh) to run the queue tests';
const RUN_CLI = new URL('../../test/run-cli.ts', import.meta.url).pathname;

/** A database of its own for each test (store tables and queue), dropped at the end. */
async function withDatabase(run: (url: string, query: (sql: string) => Promise<number>) => Promise<void>): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `pt_queue_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  const count = async (sql: string) => Number((await client.query(sql).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n);
  try {
    await run(url.href, count);
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

function folderOfReports(count: number): string {
  const dir = tempDir();
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 5 }, (_, p) => `Paragraph ${p} of report ${i}: the council heard evidence on item ${i * 7 + p} and adjourned.`).join('\n\n');
    writeFileSync(join(dir, `report-${String(i).padStart(3, '0')}.txt`), `Council report number ${i}\nMarch ${1 + (i % 28)}, 2024\n\n${body}\n`);
  }
  return dir;
}

/** One JSONL export of many articles: a single file, so a kill lands inside it. */
function bigExport(dir: string, records: number): void {
  const lines = Array.from({ length: records }, (_, i) => JSON.stringify({
    title: `Record ${i} of the archive`, date: '2024-03-01', url: `https://example.org/a/${i}`,
    text: Array.from({ length: 4 }, (_, p) => `Paragraph ${p} of record ${i}: the board reviewed case ${i * 3 + p} at length.`).join('\n\n'),
  }));
  writeFileSync(join(dir, 'archive.jsonl'), lines.join('\n') + '\n');
}

function worker(url: string): { exited: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_CLI, 'worker', '--db', url, '--once', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))), kill: () => child.kill('SIGKILL') };
}

/** What a single-process SQLite ingest of the folder exports, lines sorted (insertion order differs); without the copies step, which workers do not run (`presstrail copies` does, later). */
async function sqliteExport(dir: string): Promise<string[]> {
  const db = join(tempDir(), 'single.db');
  assert.equal((await cli('ingest', dir, '--db', db, '-q', '--no-copies')).code, 0);
  return (await cli('export', '--db', db)).out.split('\n').sort();
}

async function jobs(url: string): Promise<{ queued: number; running: number; failed: number; done: number; failedJobs: Array<{ path: string; attempts: number; error: string }> }> {
  const run = await cli('jobs', '--db', url, '--json');
  assert.equal(run.code, 0, run.err);
  return JSON.parse(run.out);
}

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

test('a worker killed with SIGKILL mid-file, then a new worker: no document lost or stored twice', { skip, timeout: 60_000 }, async () => {
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
