import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeDocument } from '../contract/fixtures.js';
import { corpus, withQuotes } from '../contract/quotes-contract.js';
import { normalizeQuoteQuery } from '../quote-query.js';
import { quoteListSql } from './quote-sql.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'presstrail-quotefts-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `store-${n++}.db`);

/** Back to version 8, as a store written before migration 9 is: no quote index, no triggers. */
function downgradeTo8(path: string): void {
  const db = new Database(path);
  db.exec(`DROP TRIGGER quotes_fts_insert; DROP TRIGGER quotes_fts_delete; DROP TRIGGER quotes_fts_update; DROP TABLE quotes_fts_vocab; DROP TABLE quotes_fts;
    DELETE FROM schema_version WHERE version >= 9;`);
  db.close();
}

/** FTS5's own check of the index against the quotes table it reads (throws on any difference). */
/** The ids the text filter finds through the trigram index (the store itself scans so small a store). */
function idsByIndex(path: string, text: string): string[] {
  const db = new Database(path, { readonly: true });
  const { sql, params } = quoteListSql(normalizeQuoteQuery({ text }), true);
  const ids = (db.prepare(sql).all(...params) as Array<{ id: string }>).map((r) => r.id);
  db.close();
  return ids;
}

function indexMatchesQuotes(path: string): number {
  const db = new Database(path);
  db.prepare("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)").run();
  const { n: indexed } = db.prepare("SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH '\"the\" OR \"is \" OR \"ate\"'").get() as { n: number };
  db.close();
  return indexed;
}

test('upgrading a store at version 8 to the quote index (migration 9) keeps every quote findable by its text', async () => {
  const path = freshPath();
  const store = SqliteStore.open(path);
  await corpus(store);
  await store.close();
  downgradeTo8(path);
  const upgraded = SqliteStore.open(path);
  const all = await upgraded.listQuotes();
  assert.equal(all.length, 5);
  for (const quote of all) {
    assert.deepEqual((await upgraded.listQuotes({ text: quote.text.toUpperCase() })).map((q) => q.id), [quote.id], quote.text);
  }
  assert.deepEqual((await upgraded.listQuotes({ text: 'not raise' })).map((q) => q.text), ['"We will not raise taxes,"']);
  await upgraded.close();
  for (const quote of all) assert.deepEqual(idsByIndex(path, quote.text.toUpperCase()), [quote.id], `through the index: ${quote.text}`);
  assert.equal(indexMatchesQuotes(path), 3, 'the rebuilt index holds the old rows: "the plan was final", "It is done," and "Later,"');
});

test('after the upgrade, new, replaced and re-added quotes keep the index in step with the quotes table', async () => {
  const path = freshPath();
  const first = SqliteStore.open(path);
  await corpus(first);
  await first.close();
  downgradeTo8(path);
  const store = SqliteStore.open(path);
  const doc = withQuotes(makeDocument('late', [{ body: '"Trains are late," a guard said. "Buses too," he added.' }]), [{ words: '"Trains are late,"' }]);
  await store.putDocument(doc);
  assert.equal(await store.countQuotes({ text: 'trains are' }), 1);
  await store.replaceDocument(withQuotes(doc, [{ words: '"Buses too,"' }]));
  assert.equal(await store.countQuotes({ text: 'trains are' }), 0);
  assert.equal(await store.countQuotes({ text: 'buses too' }), 1);
  await store.close();
  indexMatchesQuotes(path);
});
