import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { cli, tempDir } from './cli-helpers.js';

const RUN_CLI = new URL('./run-cli.ts', import.meta.url).pathname;

function folderOfArticles(count: number): string {
  const dir = tempDir();
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 6 }, (_, p) => `Paragraph ${p} of report ${i}: the committee heard evidence on item ${i * 7 + p} and adjourned.`).join('\n\n');
    writeFileSync(join(dir, `report-${String(i).padStart(4, '0')}.txt`), `Committee report number ${i}\nMarch ${1 + (i % 28)}, 2024\n\n${body}\n`);
  }
  return dir;
}

/** Committed documents, read beside the writer (WAL lets a reader in while the ingest writes). */
function committed(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try { return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n; } finally { conn.close(); }
  } catch {
    return 0; // schema not created yet
  }
}

/** Starts an ingest in a child process and kills it with SIGKILL once a few hundred documents are committed. */
async function killMidIngest(dir: string, db: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_CLI, 'ingest', dir, '--db', db, '-q'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const started = Date.now();
  while (Date.now() - started < 120_000 && committed(db) < 300) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await exited;
}

test('an ingest killed with SIGKILL and run again ends with exactly the store a clean run makes', { timeout: 180_000 }, async () => {
  const dir = folderOfArticles(3000);
  const killed = join(tempDir(), 'killed.db');
  await killMidIngest(dir, killed);
  const partial = JSON.parse((await cli('stats', '--db', killed, '--json')).out);
  assert.ok(partial.documents > 0 && partial.documents < 3000, `the kill came at ${partial.documents} documents; expected mid-way`);
  const resumed = await cli('ingest', dir, '--db', killed, '--json');
  assert.equal(resumed.code, 0, resumed.err);
  assert.equal(JSON.parse(resumed.out).documentsAdded, 3000 - partial.documents);

  const clean = join(tempDir(), 'clean.db');
  await cli('ingest', dir, '--db', clean, '-q');
  const [a, b] = await Promise.all([cli('export', '--db', killed), cli('export', '--db', clean)]);
  assert.equal(a.out, b.out);
  assert.equal(JSON.parse((await cli('stats', '--db', killed, '--json')).out).articles, 3000);
});
