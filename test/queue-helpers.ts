import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { cli, tempDir } from './cli-helpers.js';

// Helpers for the queue tests, which run against the real PostgreSQL in PRESSTRAIL_TEST_PG.
export const PG_URL = process.env.PRESSTRAIL_TEST_PG;
export const skip = PG_URL ? false : 'set PRESSTRAIL_TEST_PG to a PostgreSQL URL (bash scripts/ci-postgres.sh) to run the queue tests';
export const RUN_CLI = new URL('./run-cli.ts', import.meta.url).pathname;

/** A database of its own for each test (store tables and queue), dropped at the end. */
export async function withDatabase(run: (url: string, query: (sql: string) => Promise<number>) => Promise<void>, server = PG_URL): Promise<void> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const name = `pt_queue_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server!);
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

/** `count` short council reports; `first` numbers them on from there, so two folders can hold different reports. */
export function folderOfReports(count: number, first = 0): string {
  const dir = tempDir();
  for (let i = first; i < first + count; i++) {
    const body = Array.from({ length: 5 }, (_, p) => `Paragraph ${p} of report ${i}: the council heard evidence on item ${i * 7 + p} and adjourned.`).join('\n\n');
    writeFileSync(join(dir, `report-${String(i).padStart(3, '0')}.txt`), `Council report number ${i}\nMarch ${1 + (i % 28)}, 2024\n\n${body}\n`);
  }
  return dir;
}


/** One JSONL export of many articles: a single file, so a kill lands inside it. */
export function bigExport(dir: string, records: number): void {
  const lines = Array.from({ length: records }, (_, i) => JSON.stringify({
    title: `Record ${i} of the archive`, date: '2024-03-01', url: `https://example.org/a/${i}`,
    text: Array.from({ length: 4 }, (_, p) => `Paragraph ${p} of record ${i}: the board reviewed case ${i * 3 + p} at length.`).join('\n\n'),
  }));
  writeFileSync(join(dir, 'archive.jsonl'), lines.join('\n') + '\n');
}

export function worker(url: string): { exited: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_CLI, 'worker', '--db', url, '--once', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))), kill: () => child.kill('SIGKILL') };
}

/** What a single-process SQLite ingest of the folder exports, lines sorted (insertion order differs). */
export async function sqliteExport(dir: string): Promise<string[]> {
  const db = join(tempDir(), 'single.db');
  assert.equal((await cli('ingest', dir, '--db', db, '-q')).code, 0);
  return (await cli('export', '--db', db)).out.split('\n').sort();
}

export async function jobs(url: string): Promise<{ queued: number; running: number; failed: number; done: number; failedJobs: Array<{ path: string; attempts: number; error: string }> }> {
  const run = await cli('jobs', '--db', url, '--json');
  assert.equal(run.code, 0, run.err);
  return JSON.parse(run.out);
}

