import type { Migration } from './migration.js';

/**
 * Prefix indexes for search: FTS5 answers `ex*` by merging the lists of every indexed word that
 * starts with "ex", 100–250 ms for a two- or three-letter prefix at 50k articles; with prefixes
 * of 2 and 3 letters indexed it reads one list (about 1 ms), for a third more index. Longer
 * prefixes match few enough words to merge. The table is rebuilt from its own copy of the
 * text (about a minute at 100k articles, once). PostgreSQL's GIN index answers `ex:*` by
 * scanning its sorted keys already, so it has nothing to change.
 */
export const migration008: Migration = {
  version: 8,
  name: 'search-prefixes',
  sqlite: `
CREATE VIRTUAL TABLE articles_fts_prefixed USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO articles_fts_prefixed (rowid, title, body) SELECT rowid, title, body FROM articles_fts;
DROP TABLE articles_fts;
ALTER TABLE articles_fts_prefixed RENAME TO articles_fts;
`,
  postgres: `SELECT 1;`,
};
