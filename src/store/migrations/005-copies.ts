import type { Migration } from './migration.js';

/**
 * The copy index: one row per indexed article with its MinHash signature, its LSH band keys and
 * long-paragraph hashes (the two candidate indexes), verified copy pairs (the pair itself as
 * JSON, the spans as columns), cluster membership, and the watermark of indexed documents.
 */
export const migration005: Migration = {
  version: 5,
  name: 'copies',
  sqlite: `
CREATE TABLE copy_entries (
  article    TEXT PRIMARY KEY,
  document   TEXT NOT NULL,
  title      TEXT,
  date       TEXT,
  outlet     TEXT,
  words      INTEGER NOT NULL,
  signature  BLOB NOT NULL
);
CREATE TABLE copy_bands (
  band_key   INTEGER NOT NULL,
  article    TEXT NOT NULL
);
CREATE INDEX copy_bands_key ON copy_bands (band_key);
CREATE TABLE copy_paragraphs (
  hash       TEXT NOT NULL,
  article    TEXT NOT NULL
);
CREATE INDEX copy_paragraphs_hash ON copy_paragraphs (hash);
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
  pair       TEXT NOT NULL
);
CREATE INDEX copy_pairs_a ON copy_pairs (a_article);
CREATE INDEX copy_pairs_b ON copy_pairs (b_article);
CREATE TABLE copy_members (
  article    TEXT PRIMARY KEY,
  cluster    TEXT NOT NULL,
  rank       INTEGER NOT NULL,
  date       TEXT
);
CREATE INDEX copy_members_cluster ON copy_members (cluster, rank);
CREATE TABLE copy_state (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  watermark  INTEGER NOT NULL
);
INSERT INTO copy_state (id, watermark) VALUES (1, 0);
`,
  postgres: `
CREATE TABLE copy_entries (
  article    text COLLATE "C" PRIMARY KEY,
  document   text COLLATE "C" NOT NULL,
  title      text,
  date       text COLLATE "C",
  outlet     text,
  words      integer NOT NULL,
  signature  bytea NOT NULL
);
CREATE TABLE copy_bands (
  band_key   integer NOT NULL,
  article    text COLLATE "C" NOT NULL
);
CREATE INDEX copy_bands_key ON copy_bands (band_key);
CREATE TABLE copy_paragraphs (
  hash       text COLLATE "C" NOT NULL,
  article    text COLLATE "C" NOT NULL
);
CREATE INDEX copy_paragraphs_hash ON copy_paragraphs (hash);
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
  pair       text NOT NULL
);
CREATE INDEX copy_pairs_a ON copy_pairs (a_article);
CREATE INDEX copy_pairs_b ON copy_pairs (b_article);
CREATE TABLE copy_members (
  article    text COLLATE "C" PRIMARY KEY,
  cluster    text COLLATE "C" NOT NULL,
  rank       integer NOT NULL,
  date       text COLLATE "C"
);
CREATE INDEX copy_members_cluster ON copy_members (cluster, rank);
CREATE TABLE copy_state (
  id         integer PRIMARY KEY CHECK (id = 1),
  watermark  bigint NOT NULL
);
INSERT INTO copy_state (id, watermark) VALUES (1, 0);
`,
};
