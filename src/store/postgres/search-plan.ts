import type pg from 'pg';
import type { BuiltSql } from './article-sql.js';

/**
 * Runs a full-text query with sequential scans turned off for its transaction only, so the
 * planner takes the GIN index even for a word in nearly every article. Its cost model prices a
 * sequential scan with `search @@ query` as cheap, but each row's tsvector (about 7 KB for a
 * 700-word article) lives in TOAST and is fetched once for the match test and again for
 * ts_rank_cd; the bitmap index scan answers the match test without reading the vectors at all.
 * On 20,000 articles this halves listArticles for common words and makes counting them ~30x
 * faster (bench/RESULTS.md). Results are the same rows in the same order: only the plan changes.
 */
export async function withIndexPlan<T extends pg.QueryResultRow>(pool: pg.Pool, sql: BuiltSql): Promise<T[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<T>(sql.text, sql.values);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: Error) => { broken = rollback; });
    throw error;
  } finally {
    client.release(broken);
  }
}
