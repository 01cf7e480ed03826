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
  postgres: `
-- Text columns that are sorted or compared use the "C" collation, so order is by code point
-- as in SQLite, whatever the database's locale. JSON columns are text, not jsonb: jsonb would
-- reorder keys (exports must match SQLite's byte for byte) and refuses \\u0000, and nothing
-- queries inside them. The document text is bytea because PostgreSQL text cannot hold U+0000.
CREATE TABLE documents (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text COLLATE "C" NOT NULL UNIQUE,
  uri         text NOT NULL,
  media_type  text COLLATE "C" NOT NULL,
  sha256      text COLLATE "C" NOT NULL,
  byte_length bigint NOT NULL,
  encoding    text NOT NULL,
  url         text,
  origin      text NOT NULL,
  text        bytea NOT NULL,
  source_map  text,
  hints       text NOT NULL,
  blocks      text NOT NULL,
  layers      text NOT NULL,
  messages    text NOT NULL,
  stored_at   timestamptz NOT NULL
);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_media_type ON documents (media_type);

CREATE TABLE articles (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           text COLLATE "C" NOT NULL UNIQUE,
  document_seq bigint NOT NULL REFERENCES documents (seq),
  document     text COLLATE "C" NOT NULL,
  ordinal      integer NOT NULL,
  span_start   integer NOT NULL,
  span_end     integer NOT NULL,
  title        text,
  date         text COLLATE "C",
  outlet       text COLLATE "C",
  outlet_key   text COLLATE "C",
  author       text,
  url          text,
  article      text NOT NULL,
  UNIQUE (document_seq, ordinal)
);
CREATE INDEX articles_order ON articles ((date IS NULL), date, id);
CREATE INDEX articles_outlet ON articles (outlet_key, (date IS NULL), date, id);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_document ON articles (document);

-- The FTS5 table's counterpart: title and body kept for ts_headline, and a tsvector built by
-- presstrail itself (title weight A, body weight B) so words split and fold exactly as in SQLite.
CREATE TABLE articles_fts (
  seq    bigint PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  title  text NOT NULL,
  body   text NOT NULL,
  search tsvector NOT NULL
);
CREATE INDEX articles_fts_search ON articles_fts USING gin (search);

CREATE TABLE sources (
  sha256      text COLLATE "C" PRIMARY KEY,
  uri         text NOT NULL,
  media_type  text NOT NULL,
  byte_length bigint NOT NULL,
  documents   text NOT NULL,
  stored_at   timestamptz NOT NULL
);
`,
};
