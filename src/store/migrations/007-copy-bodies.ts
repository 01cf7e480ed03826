import type { Migration } from './migration.js';

/**
 * The copy index keeps what verification needs. Each entry gets an integer key; its band keys
 * and paragraph hashes are kept beside it (so replacing an entry finds its rows by primary key);
 * its paragraphs and credits are kept encoded in copy_bodies, so checking a candidate never
 * re-reads or re-tokenises its document. copy_bands and copy_paragraphs become primary-key
 * tables of (key, entry): one B-tree each, no separate index to maintain. copy_pairs gains
 * `kind`, so clusters are regrouped from columns without parsing every pair. copy_stale lists
 * documents replaced (reprocessed) since they were indexed, for the next run to re-index.
 *
 * The old index is derived data: it is dropped, and the next `copies` run rebuilds it from the
 * stored documents (the watermark goes back to 0).
 */
export const migration007: Migration = {
  version: 7,
  name: 'copy-bodies',
  sqlite: `
DROP TABLE copy_bands;
DROP TABLE copy_paragraphs;
DROP TABLE copy_entries;
DROP TABLE copy_pairs;
DELETE FROM copy_members;
UPDATE copy_state SET watermark = 0;
CREATE TABLE copy_entries (
  entry            INTEGER PRIMARY KEY,
  article          TEXT NOT NULL UNIQUE,
  document         TEXT NOT NULL,
  title            TEXT,
  date             TEXT,
  outlet           TEXT,
  words            INTEGER NOT NULL,
  signature        BLOB NOT NULL,
  band_keys        BLOB NOT NULL,
  paragraph_hashes TEXT NOT NULL
);
CREATE INDEX copy_entries_document ON copy_entries (document);
CREATE TABLE copy_bodies (
  entry  INTEGER PRIMARY KEY,
  body   BLOB NOT NULL
);
CREATE TABLE copy_bands (
  band_key INTEGER NOT NULL,
  entry    INTEGER NOT NULL,
  PRIMARY KEY (band_key, entry)
) WITHOUT ROWID;
CREATE TABLE copy_paragraphs (
  hash   TEXT NOT NULL,
  entry  INTEGER NOT NULL,
  PRIMARY KEY (hash, entry)
) WITHOUT ROWID;
CREATE TABLE copy_pairs (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  a_article  TEXT NOT NULL,
  a_start    INTEGER NOT NULL,
  a_end      INTEGER NOT NULL,
  b_article  TEXT NOT NULL,
  b_start    INTEGER NOT NULL,
  b_end      INTEGER NOT NULL,
  similarity REAL NOT NULL,
  match      TEXT NOT NULL,
  direction  TEXT,
  kind       TEXT NOT NULL,
  pair       TEXT NOT NULL
);
CREATE INDEX copy_pairs_a ON copy_pairs (a_article);
CREATE INDEX copy_pairs_b ON copy_pairs (b_article);
CREATE TABLE copy_stale (
  document TEXT PRIMARY KEY
);
`,
  postgres: `
DROP TABLE copy_bands;
DROP TABLE copy_paragraphs;
DROP TABLE copy_entries;
DROP TABLE copy_pairs;
DELETE FROM copy_members;
UPDATE copy_state SET watermark = 0;
CREATE TABLE copy_entries (
  entry            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article          text COLLATE "C" NOT NULL UNIQUE,
  document         text COLLATE "C" NOT NULL,
  title            text,
  date             text COLLATE "C",
  outlet           text,
  words            integer NOT NULL,
  signature        bytea NOT NULL,
  band_keys        integer[] NOT NULL,
  paragraph_hashes text[] COLLATE "C" NOT NULL
);
CREATE INDEX copy_entries_document ON copy_entries (document);
CREATE TABLE copy_bodies (
  entry  bigint PRIMARY KEY,
  body   bytea NOT NULL
);
CREATE TABLE copy_bands (
  band_key integer NOT NULL,
  entry    bigint NOT NULL,
  PRIMARY KEY (band_key, entry)
);
CREATE TABLE copy_paragraphs (
  hash   text COLLATE "C" NOT NULL,
  entry  bigint NOT NULL,
  PRIMARY KEY (hash, entry)
);
CREATE TABLE copy_pairs (
  seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id         text COLLATE "C" NOT NULL UNIQUE,
  a_article  text COLLATE "C" NOT NULL,
  a_start    integer NOT NULL,
  a_end      integer NOT NULL,
  b_article  text COLLATE "C" NOT NULL,
  b_start    integer NOT NULL,
  b_end      integer NOT NULL,
  similarity double precision NOT NULL,
  match      text COLLATE "C" NOT NULL,
  direction  text COLLATE "C",
  kind       text COLLATE "C" NOT NULL,
  pair       text NOT NULL
);
CREATE INDEX copy_pairs_a ON copy_pairs (a_article);
CREATE INDEX copy_pairs_b ON copy_pairs (b_article);
CREATE TABLE copy_stale (
  document text COLLATE "C" PRIMARY KEY
);
`,
};
