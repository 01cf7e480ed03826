import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeDocument } from '../contract/fixtures.js';
import { corpus, withQuotes } from '../contract/quotes-contract.js';
import { normalizeQuoteQuery } from '../quote-query.js';
import { quoteCountSql, quoteListSql } from './quote-sql.js';
import { QuoteTextPlan } from './quote-text-plan.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'presstrail-quotetext-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `store-${n++}.db`);

/** The quote texts `text` finds, through the trigram index or by the scan. */
function textsBy(path: string, text: string, index: boolean): { texts: string[]; count: number } {
  const db = new Database(path, { readonly: true });
  const q = normalizeQuoteQuery({ text });
  const list = quoteListSql(q, index);
  const count = quoteCountSql(q, index);
  const texts = (db.prepare(list.sql).all(...list.params) as Array<{ text: string }>).map((r) => r.text);
  const { n: total } = db.prepare(count.sql).get(...count.params) as { n: number };
  db.close();
  return { texts, count: total };
}

const QUERIES = ['OT RAI', 'axe', 'taxes,"', '"it is', 'it', 'the plan', 'said Ana', 'raise not', 'taxess', '"nobody" OR done', 'ASKED', 'later,"'];

test('through the trigram index the text filter finds exactly what the scan finds', async () => {
  const path = freshPath();
  const store = SqliteStore.open(path);
  await corpus(store);
  await store.close();
  for (const text of QUERIES) assert.deepEqual(textsBy(path, text, true), textsBy(path, text, false), text);
  assert.deepEqual(textsBy(path, 'OT RAI', true), { texts: ['"We will not raise taxes,"'], count: 1 });
  assert.deepEqual(textsBy(path, 'raise not', true), { texts: [], count: 0 });
});

test('through the index a rejected quote is not found by its text, and a replaced one only by its new text', async () => {
  const path = freshPath();
  const store = SqliteStore.open(path);
  await corpus(store);
  const [done] = await store.listQuotes({ text: 'it is done' });
  await store.addCorrection({ kind: 'quote.reject', target: done!.id, value: {} });
  const doc = withQuotes(makeDocument('t1', [{ body: '"Ferries stop at noon," said Ana Costa. "Buses run late," she added.' }]), [{ words: '"Ferries stop at noon,"' }]);
  await store.putDocument(doc);
  await store.replaceDocument(withQuotes(doc, [{ words: '"Buses run late,"' }]));
  await store.close();
  assert.deepEqual(textsBy(path, 'it is done', true), { texts: [], count: 0 });
  assert.deepEqual(textsBy(path, 'ferries', true), { texts: [], count: 0 });
  assert.deepEqual(textsBy(path, 'buses run', true), { texts: ['"Buses run late,"'], count: 1 });
});

test('the index is used for a rare or absent text, and not for a common word, fewer than three letters or no text', async () => {
  const path = freshPath();
  const store = SqliteStore.open(path);
  for (let i = 0; i < 20; i++) await store.putDocument(withQuotes(makeDocument(`c${i}`, [{ body: `"The plan ${i} stands," she said.` }]), [{ words: `"The plan ${i} stands,"` }]));
  await store.putDocument(withQuotes(makeDocument('zinc', [{ body: '"Zinc prices rose," he said.' }]), [{ words: '"Zinc prices rose,"' }]));
  await store.close();
  const db = new Database(path, { readonly: true });
  const plan = new QuoteTextPlan(db);
  const all = { sorted: false };
  assert.equal(plan.useIndex('zinc', all), true);
  assert.equal(plan.useIndex('zinc', { sorted: true, rows: 20 }), true);
  assert.equal(plan.useIndex('copper', all), true, 'no quote holds "cop": nothing to read');
  assert.equal(plan.useIndex('the plan', all), false, 'every quote but one: the scan');
  assert.equal(plan.useIndex('the plan', { sorted: true, rows: 1 }), false, 'the scan stops at the first');
  assert.equal(plan.useIndex('The Plan', all), false, 'the vocabulary holds folded trigrams: case does not make a common text look absent');
  assert.equal(plan.useIndex('zi', all), false);
  assert.equal(plan.useIndex(undefined, all), false);
  db.close();
});
