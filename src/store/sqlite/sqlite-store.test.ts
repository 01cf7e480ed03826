import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeContract } from '../contract.js';
import { makeDocument } from '../contract/fixtures.js';
import { SCHEMA_VERSION } from '../migrations/index.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'presstrail-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `store-${n++}.db`);

storeContract('SqliteStore', async () => SqliteStore.open(freshPath()));
storeContract('SqliteStore in :memory:', async () => SqliteStore.open(':memory:'));

test('a reopened store file still holds its documents and articles', async () => {
  const path = freshPath();
  const doc = makeDocument('reopen', [{ title: 'Kept across opens', body: 'Persisted body.' }]);
  const first = SqliteStore.open(path);
  await first.putDocument(doc);
  await first.close();
  const second = SqliteStore.open(path);
  assert.deepEqual(await second.getDocument(doc.id), doc);
  assert.equal(await second.countArticles({ text: 'persisted' }), 1);
  await second.close();
});

test('opening a new store records every migration in schema_version', async () => {
  const path = freshPath();
  await SqliteStore.open(path).close();
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT version, name FROM schema_version ORDER BY version').all() as Array<{ version: number }>;
  db.close();
  assert.deepEqual(rows.map((r) => r.version), Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
});

test('a store file uses write-ahead logging', async () => {
  const path = freshPath();
  await SqliteStore.open(path).close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('a store written by a newer presstrail refuses to open with PT-E002', async () => {
  const path = freshPath();
  await SqliteStore.open(path).close();
  const db = new Database(path);
  db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(SCHEMA_VERSION + 1, 'future', '2099-01-01');
  db.close();
  assert.throws(() => SqliteStore.open(path), { code: 'PT-E002', message: /newer|upgrade presstrail/ });
});

test('a file that is not SQLite is refused with PT-E001 naming the file', () => {
  const path = join(dir, 'notes.txt');
  writeFileSync(path, 'These are my notes, not a database. '.repeat(100));
  assert.throws(() => SqliteStore.open(path), (error: { code?: string; message?: string }) => {
    assert.equal(error.code, 'PT-E001');
    assert.ok(error.message!.includes(`"${path}"`) && error.message!.includes('not a SQLite database'), error.message);
    return true;
  });
});

test('a SQLite database of another program is refused with PT-E001 and left untouched', () => {
  const path = freshPath();
  const db = new Database(path);
  db.exec('CREATE TABLE contacts (name TEXT)');
  db.close();
  assert.throws(() => SqliteStore.open(path), { code: 'PT-E001', message: /not a presstrail store/ });
  const check = new Database(path, { readonly: true });
  assert.equal(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'schema_version'").pluck().get(), 0);
  check.close();
});

test('a path in a missing folder is refused with PT-E001', () => {
  assert.throws(() => SqliteStore.open(join(dir, 'no', 'such', 'folder', 'x.db')), { code: 'PT-E001' });
});

test('upgrading a store to prefix indexes (migration 8) keeps every article searchable, prefixes included', async () => {
  const path = freshPath();
  const doc = makeDocument('prefix', [{ title: 'Exports rise', body: 'Exporters expect more sorghum sales.' }, { title: 'Quiet day', body: 'Nothing else.' }]);
  const store = SqliteStore.open(path);
  await store.putDocument(doc);
  await store.close();
  // Back to version 7 with a plain index, as a store written before migration 8 has it.
  const db = new Database(path);
  db.exec(`DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO articles_fts (rowid, title, body) VALUES (1, 'Exports rise', 'Exporters expect more sorghum sales.'), (2, 'Quiet day', 'Nothing else.');
    DROP TRIGGER quotes_fts_insert; DROP TRIGGER quotes_fts_delete; DROP TRIGGER quotes_fts_update; DROP TABLE quotes_fts_vocab; DROP TABLE quotes_fts;
    DELETE FROM schema_version WHERE version >= 8;`);
  db.close();
  const upgraded = SqliteStore.open(path);
  assert.deepEqual((await upgraded.listArticles({ text: 'ex*' })).map((a) => a.title), ['Exports rise']);
  assert.equal(await upgraded.countArticles({ text: 'sorghum' }), 1);
  assert.equal(await upgraded.countArticles({ text: 'qu*' }), 1);
  await upgraded.close();
  const check = new Database(path, { readonly: true });
  const { sql } = check.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").get() as { sql: string };
  check.close();
  assert.match(sql, /prefix = '2 3'/);
});
