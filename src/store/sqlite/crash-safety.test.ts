import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { crashDocument } from './crash-documents.js';
import { SqliteStore } from './sqlite-store.js';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const TOTAL = 400;

/** Starts the writer, kills it with SIGKILL once it has committed `after` documents, returns what it reported. */
function writeUntilKilled(path: string, after: number): Promise<{ committed: number[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, String(TOTAL)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const committed: number[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      committed.push(...lines.map(Number));
      if (committed.length >= after && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ committed, signal }));
  });
}

/** Rows of the derived tables with nothing behind them, after SQLite's and FTS5's own integrity checks pass. */
function orphanCounts(path: string): Record<string, number> {
  const db = new Database(path);
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    // The quote index against the quotes it reads (rank 1: compare with the content table).
    db.prepare("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)").run();
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      articlesWithoutDocument: n('SELECT count(*) AS n FROM articles WHERE document_seq NOT IN (SELECT seq FROM documents)'),
      indexRowsWithoutArticle: n('SELECT count(*) AS n FROM articles_fts WHERE rowid NOT IN (SELECT seq FROM articles)'),
      articlesWithoutIndexRow: n('SELECT count(*) AS n FROM articles WHERE seq NOT IN (SELECT rowid FROM articles_fts)'),
    };
  } finally {
    db.close();
  }
}

test('a writer killed with SIGKILL leaves only complete documents, and the store takes writes again', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'presstrail-crash-'));
  const path = join(dir, 'crash.db');
  try {
    const { committed, signal } = await writeUntilKilled(path, 40);
    assert.equal(signal, 'SIGKILL', 'the writer finished before it could be killed; raise TOTAL');
    assert.deepEqual(orphanCounts(path), { articlesWithoutDocument: 0, indexRowsWithoutArticle: 0, articlesWithoutIndexRow: 0 });

    const store = SqliteStore.open(path);
    const present: string[] = [];
    for await (const doc of store.documents()) present.push(doc.id);
    for (const i of committed) assert.ok(present.includes(crashDocument(i).id), `committed document ${i} was lost`);
    for (const [i, id] of present.entries()) {
      const expected = crashDocument(i);
      assert.equal(id, expected.id, 'documents are stored in the order they were written');
      assert.deepEqual(await store.getDocument(id), expected);
      assert.equal(await store.countArticles({ document: id }), 3);
      assert.equal(await store.countArticles({ text: `marker${i}` }), 3);
    }

    for (let i = 0; i < TOTAL; i++) await store.putDocument(crashDocument(i));
    assert.equal((await store.stats()).documents, TOTAL);
    assert.equal(await store.countArticles(), TOTAL * 3);
    assert.equal(await store.countArticles({ text: `marker${TOTAL - 1}` }), 3);
    await store.close();
    assert.deepEqual(orphanCounts(path), { articlesWithoutDocument: 0, indexRowsWithoutArticle: 0, articlesWithoutIndexRow: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
