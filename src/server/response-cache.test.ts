import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache } from './response-cache.js';

test('a repeated key is answered from the cache; a cleared cache asks again', async () => {
  const cache = new ResponseCache<number>();
  let calls = 0;
  const make = async () => ++calls;
  assert.equal(await cache.get('a', make), 1);
  assert.equal(await cache.get('a', make), 1);
  cache.clear();
  assert.equal(await cache.get('a', make), 2);
});

test('the least recently used entry goes first, expired entries are made again, failures are not kept', async () => {
  const cache = new ResponseCache<string>(2, 50);
  await cache.get('a', async () => 'a1');
  await cache.get('b', async () => 'b1');
  await cache.get('a', async () => 'a2');
  await cache.get('c', async () => 'c1');
  assert.equal(await cache.get('b', async () => 'b2'), 'b2', 'b was evicted');
  await assert.rejects(cache.get('x', async () => { throw new Error('boom'); }));
  assert.equal(await cache.get('x', async () => 'x1'), 'x1');
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(await cache.get('x', async () => 'x2'), 'x2', 'expired');
});
