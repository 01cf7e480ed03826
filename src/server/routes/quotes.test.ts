import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCAL, testServer } from '../../../test/server-helpers.js';
import { makeDocument } from '../../store/contract/fixtures.js';
import { withQuotes } from '../../store/contract/quotes-contract.js';
import { MemoryStore } from '../../store/memory/memory-store.js';
import { SEARCH_COUNT_CAP } from './article-page-schema.js';

test('the quote text filter stops counting past the cap and says so; below it, and without text, the total is exact', async () => {
  const store = new MemoryStore();
  for (let i = 0; i <= SEARCH_COUNT_CAP; i++) {
    const words = `"Harbour report ${i}${i < 3 ? ' ferry' : ''},"`;
    await store.putDocument(withQuotes(makeDocument(`q${i}`, [{ body: `${words} she said.` }]), [{ words }]));
  }
  const app = await testServer(store);
  const many = (await app.inject({ url: '/api/quotes?text=harbour&limit=5', headers: LOCAL })).json();
  assert.deepEqual([many.total, many.totalIsLowerBound, many.items.length], [SEARCH_COUNT_CAP, true, 5]);
  const few = (await app.inject({ url: '/api/quotes?text=ferry', headers: LOCAL })).json();
  assert.deepEqual([few.total, few.totalIsLowerBound], [3, false]);
  const all = (await app.inject({ url: '/api/quotes?limit=1', headers: LOCAL })).json();
  assert.deepEqual([all.total, all.totalIsLowerBound], [SEARCH_COUNT_CAP + 1, false], 'no text: every quote counted');
});
