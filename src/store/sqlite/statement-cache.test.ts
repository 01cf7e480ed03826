import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { StatementCache } from './statement-cache.js';

test('the same SQL text gets the same prepared statement, and the least lately used is dropped past the size', () => {
  const cache = new StatementCache(new Database(':memory:'), 2);
  const one = cache.get('SELECT 1 AS n');
  assert.equal(cache.get('SELECT 1 AS n'), one);
  const two = cache.get('SELECT 2 AS n');
  cache.get('SELECT 1 AS n');
  cache.get('SELECT 3 AS n');
  assert.equal(cache.get('SELECT 1 AS n'), one, 'a statement used lately is kept');
  assert.notEqual(cache.get('SELECT 2 AS n'), two, 'the least lately used was dropped and is prepared again');
  assert.deepEqual(cache.get('SELECT 2 AS n').get(), { n: 2 });
});

test('a cached statement still runs after the schema changes under it', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
  const cache = new StatementCache(db);
  assert.deepEqual(cache.get('SELECT count(*) AS n FROM t').get(), { n: 1 });
  db.exec('CREATE INDEX t_x ON t (x); INSERT INTO t VALUES (2)');
  assert.deepEqual(cache.get('SELECT count(*) AS n FROM t').get(), { n: 2 });
});
