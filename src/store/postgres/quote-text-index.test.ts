import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { corpus } from '../contract/quotes-contract.js';
import { normalizeQuoteQuery } from '../quote-query.js';
import { FreshSchemas } from './fresh-schema.js';
import { quoteCountSql, quoteListSql } from './quote-sql.js';

const url = process.env.PRESSTRAIL_TEST_PG;
const skip = url ? false : 'set PRESSTRAIL_TEST_PG to a PostgreSQL URL to run these';

describe('PostgreSQL quote text index', { skip }, () => {
  const schemas = new FreshSchemas(url ?? '');
  after(() => schemas.end());

  test('migration 9 builds the trigram index, and the text filter can read it through the corrected view', async () => {
    const schema = schemas.name();
    const store = await schemas.open(schema);
    await corpus(store);
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      const indexes = await client.query("SELECT indexname FROM pg_indexes WHERE tablename = 'quotes' AND schemaname = $1", [schema]);
      assert.ok(indexes.rows.some((r: { indexname: string }) => r.indexname === 'quotes_text_trgm'));
      await client.query('SET enable_seqscan = off');
      const q = normalizeQuoteQuery({ text: 'raise taxes', limit: 20 });
      for (const built of [quoteListSql(q), quoteCountSql(q), quoteCountSql(q, 1001)]) {
        const plan = (await client.query(`EXPLAIN ${built.text}`, built.values)).rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
        assert.match(plan, /quotes_text_trgm/, plan);
      }
    } finally {
      await client.end();
      await store.close();
    }
  });
});
