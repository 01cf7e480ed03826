import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { storeContract } from '../contract.js';
import { makeDocument } from '../contract/fixtures.js';
import { SCHEMA_VERSION } from '../migrations/index.js';
import { FreshSchemas } from './fresh-schema.js';
import { PostgresStore } from './postgres-store.js';

// These tests need a real server: PRESSTRAIL_TEST_PG holds its URL. Each store gets its own schema.
const url = process.env.PRESSTRAIL_TEST_PG;
const skip = url ? false : 'set PRESSTRAIL_TEST_PG to a PostgreSQL URL to run these, e.g. PRESSTRAIL_TEST_PG=$(bash scripts/ci-postgres.sh | tail -1)';

async function schemaVersions(databaseUrl: string): Promise<number[]> {
  const other = new FreshSchemas(databaseUrl);
  try {
    return (await other.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).map((r) => r.version);
  } finally {
    await other.end();
  }
}

describe('PostgresStore', { skip }, () => {
  const schemas = new FreshSchemas(url ?? '');
  after(() => schemas.end());

  storeContract('PostgresStore', () => schemas.open());

  test('opening a new store records every migration in schema_version', async () => {
    const schema = schemas.name();
    await (await PostgresStore.open(url!, { schema })).close();
    const rows = await schemas.query<{ version: number }>(`SELECT version FROM ${schema}.schema_version ORDER BY version`);
    await schemas.drop(schema);
    assert.deepEqual(rows.map((r) => r.version), Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  test('a reopened store still holds its documents and finds them by text', async () => {
    const schema = schemas.name();
    const doc = makeDocument('pg-reopen', [{ title: 'Kept across opens', body: 'Persisted body.' }]);
    const first = await PostgresStore.open(url!, { schema });
    await first.putDocument(doc);
    await first.close();
    const second = await schemas.open(schema);
    assert.deepEqual(await second.getDocument(doc.id), doc);
    assert.equal(await second.countArticles({ text: 'persisted' }), 1);
    await second.close();
  });

  test('a store written by a newer presstrail refuses to open with PT-E002', async () => {
    const schema = schemas.name();
    await (await PostgresStore.open(url!, { schema })).close();
    await schemas.query(`INSERT INTO ${schema}.schema_version (version, name, applied_at) VALUES ($1, 'future', now())`, [SCHEMA_VERSION + 1]);
    await assert.rejects(PostgresStore.open(url!, { schema }), { code: 'PT-E002', message: /upgrade presstrail/ });
    await schemas.drop(schema);
  });

  test('a schema holding another program\'s tables is refused with PT-E001 and left untouched', async () => {
    const schema = schemas.name();
    await schemas.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.contacts (name text)`);
    await assert.rejects(PostgresStore.open(url!, { schema }), { code: 'PT-E001', message: /not a presstrail store/ });
    assert.deepEqual(await schemas.query(`SELECT to_regclass('${schema}.schema_version') AS t`), [{ t: null }]);
    await schemas.drop(schema);
  });

  test('an unreachable server or unknown database is PT-E001 naming the host, never the password', async () => {
    const target = new URL(url!);
    const unknownDb = `postgres://presstrail:s3cret-pw@${target.host}/no_such_database_here`;
    for (const bad of ['postgres://presstrail:s3cret-pw@127.0.0.1:1/news', unknownDb]) {
      await assert.rejects(PostgresStore.open(bad), (error: { code?: string; message?: string }) => {
        assert.equal(error.code, 'PT-E001');
        assert.ok(error.message!.includes(new URL(bad).hostname), error.message);
        assert.ok(!error.message!.includes('s3cret'), error.message);
        return true;
      });
    }
  });

  test('two stores migrating the same empty database at once both open, and migrate it once', async (t) => {
    const database = schemas.name();
    try {
      await schemas.query(`CREATE DATABASE ${database}`);
    } catch (error) {
      return t.skip(`this user cannot create a database: ${(error as Error).message}`);
    }
    const target = new URL(url!);
    target.pathname = `/${database}`;
    try {
      const stores = await Promise.all([PostgresStore.open(target.href), PostgresStore.open(target.href)]);
      const doc = makeDocument('pg-race', [{ body: 'Both see this.' }]);
      assert.equal(await stores[0].putDocument(doc), 'inserted');
      assert.equal(await stores[1].putDocument(doc), 'exists');
      const versions = await stores[1].stats().then(() => schemaVersions(target.href));
      await Promise.all(stores.map((s) => s.close()));
      assert.deepEqual(versions, Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    } finally {
      await schemas.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  });

  test('text holding U+0000 round-trips, and its article is still searchable', async () => {
    const store = await schemas.open();
    const doc = makeDocument('pg-nul', [{ title: 'Null\0byte', body: 'A stray \0 in scraped text.' }]);
    assert.equal(await store.putDocument(doc), 'inserted');
    assert.deepEqual(await store.getDocument(doc.id), doc);
    assert.equal(await store.countArticles({ text: 'stray' }), 1);
    await store.close();
  });
});
