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
 * trigram) lets a query skip the index for a common word (quote-text-plan.ts). PostgreSQL keeps its scan for now.
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
  postgres: `SELECT 1;`,
};
