import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from './memory/memory-store.js';
import { openStore } from './open-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { withDatabase } from '../../test/queue-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'presstrail-open-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a plain path opens a SQLite store, creating missing folders', async () => {
  const path = join(dir, 'deep', 'er', 'store.db');
  const store = await openStore(path);
  assert.ok(store instanceof SqliteStore);
  await store.close();
  assert.ok(existsSync(path));
});

test('sqlite:PATH opens a SQLite store at PATH', async () => {
  const path = join(dir, 'prefixed.db');
  const store = await openStore(`sqlite:${path}`);
  assert.ok(store instanceof SqliteStore);
  await store.close();
  assert.ok(existsSync(path));
});

test('memory: opens an in-process store', async () => {
  assert.ok((await openStore('memory:')) instanceof MemoryStore);
});

test('a PostgreSQL URL opens a PostgresStore: an unreachable server is PT-E001 naming the host', async () => {
  await assert.rejects(openStore('postgres://reader:pw@127.0.0.1:1/news'), { code: 'PT-E001', message: /127\.0\.0\.1:1\/news/ });
  await assert.rejects(openStore('postgresql://u@127.0.0.1:1/db'), { code: 'PT-E001' });
});

test('a PostgreSQL URL of a running server opens a PostgresStore', { skip: process.env.PRESSTRAIL_TEST_PG ? false : 'set PRESSTRAIL_TEST_PG (scripts/ci-postgres.sh) to run' }, async () => {
  // A database of its own: the shared test database may hold a schema another branch migrated further.
  await withDatabase(async (url) => {
    const store = await openStore(url);
    assert.ok(store instanceof PostgresStore);
    await store.close();
  });
});

test('an unknown URL scheme is refused with PT-E010', async () => {
  await assert.rejects(openStore('mysql://localhost/news'), { code: 'PT-E010' });
});

test('an empty sqlite: spec is refused with PT-E001', async () => {
  await assert.rejects(openStore('sqlite:'), { code: 'PT-E001' });
});
