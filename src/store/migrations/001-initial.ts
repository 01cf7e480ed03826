import type { Migration } from './migration.js';

/**
 * Documents are stored whole (their layers as JSON, the `articles` layer included): a document
 * row is the source of truth. `articles` and `articles_fts` are indexes derived from it and
 * written in the same transaction. Offsets are named span_start/span_end because END is
 * reserved in SQL. `seq` is the insertion order (an identity column in PostgreSQL).
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sqlite: `
CREATE TABLE documents (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  uri         TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  encoding    TEXT NOT NULL,
  url         TEXT,
  origin      TEXT NOT NULL,
  text        TEXT NOT NULL,
  source_map  TEXT,
  hints       TEXT NOT NULL,
  blocks      TEXT NOT NULL,
  layers      TEXT NOT NULL,
  messages    TEXT NOT NULL,
  stored_at   TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_media_type ON documents (media_type);

CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  document_seq INTEGER NOT NULL REFERENCES documents (seq),
  document     TEXT NOT NULL,
  ordinal      INTEGER NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  title        TEXT,
  date         TEXT,
  outlet       TEXT,
  outlet_key   TEXT,
  author       TEXT,
  url          TEXT,
  article      TEXT NOT NULL,
  UNIQUE (document_seq, ordinal)
);
-- The listing order is (date IS NULL, date, id): dated first, oldest first. Indexing that
-- expression lets a page of the list be read in order without sorting the whole table.
CREATE INDEX articles_order ON articles (date IS NULL, date, id);
CREATE INDEX articles_outlet ON articles (outlet_key, date IS NULL, date, id);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_document ON articles (document);

-- rowid = articles.seq. The index keeps its own copy of title and body so snippet() works.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE sources (
  sha256      TEXT PRIMARY KEY,
  uri         TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  documents   TEXT NOT NULL,
  stored_at   TEXT NOT NULL
);
`,
};
