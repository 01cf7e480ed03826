import type { Migration } from './migration.js';

/**
 * An index for the quote text filter (`/api/quotes?text=`, sent by the search page as people
 * type). The filter matches a part of the quote, case aside (`instr(lower(text), ?)`), so the
 * index is FTS5's trigram tokenizer, which answers substrings, not words: the index narrows the
 * quotes to those holding every three-letter run of the query in order, and the `instr` check
 * stays as the rule that decides (see quote-text-filter.ts). The table reads the text from
 * `quotes` (external content, the text is not stored twice) and triggers keep it in step with
 * every insert, update and delete of a quote row, whatever code path writes them. Built from
 * the existing rows here (seconds at 277k quotes). quotes_fts_vocab (how many quotes hold each
 * trigram) lets a query skip the index for a common word (quote-text-plan.ts).
 *
 * PostgreSQL: a GIN trigram index (pg_trgm, a trusted extension shipped with PostgreSQL) on
 * the expression the filter reads, `lower(text COLLATE "C")`, which serves its `LIKE '%…%'`.
 * The extension goes in the schema it is already in, else public; where it cannot be created
 * (no privilege, no public schema) the migration goes on without the index and the filter
 * scans as before: the index is speed, never meaning. PostgreSQL keeps its scan for now.
 */
export const migration009: Migration = {
  version: 9,
  name: 'quote-search',
  sqlite: `
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'seq', tokenize = 'trigram');
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE quotes_fts_vocab USING fts5vocab (quotes_fts, 'row');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, seq ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.seq, new.text);
END;
`,
  postgres: `
DO $$
DECLARE trgm text;
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'presstrail: no pg_trgm (%), quote text is scanned', SQLERRM;
  END;
  SELECT n.nspname INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
  IF trgm IS NOT NULL THEN
    EXECUTE format('CREATE INDEX quotes_text_trgm ON quotes USING gin ((lower(text COLLATE "C")) %I.gin_trgm_ops)', trgm);
  END IF;
END $$;
`,
};
