import type { Migration } from './migration.js';

/**
 * Entities. `entity_mentions` is derived from each document's `mentions`, `roles` and `quotes`
 * layers and written with the document (like quotes); its `entity` column and the `entities`
 * table are written by the entities corpus step (alias merging across the corpus). An entity's
 * record (aliases, roles over time, name support) is kept whole as JSON; `alias_keys` holds its
 * folded names, one a line, for lookups by name.
 */
export const migration006: Migration = {
  version: 6,
  name: 'entities',
  sqlite: `
CREATE TABLE entity_mentions (
  seq           INTEGER PRIMARY KEY,
  document_seq  INTEGER NOT NULL REFERENCES documents (seq),
  document      TEXT NOT NULL,
  article       TEXT,
  ordinal       INTEGER NOT NULL,
  span_start    INTEGER NOT NULL,
  span_end      INTEGER NOT NULL,
  text          TEXT NOT NULL,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL,
  source        TEXT NOT NULL,
  rule          TEXT NOT NULL,
  quotes        TEXT NOT NULL,
  role          TEXT,
  date          TEXT,
  outlet        TEXT,
  entity        TEXT,
  UNIQUE (document_seq, ordinal)
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity);
CREATE INDEX entity_mentions_document ON entity_mentions (document, ordinal);
CREATE TABLE entities (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  name        TEXT NOT NULL,
  alias_keys  TEXT NOT NULL,
  mentions    INTEGER NOT NULL,
  record      TEXT NOT NULL
);
CREATE INDEX entities_kind ON entities (kind, mentions);
`,
  postgres: `
CREATE TABLE entity_mentions (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_seq  bigint NOT NULL REFERENCES documents (seq),
  document      text COLLATE "C" NOT NULL,
  article       text COLLATE "C",
  ordinal       integer NOT NULL,
  span_start    integer NOT NULL,
  span_end      integer NOT NULL,
  text          text NOT NULL,
  name          text NOT NULL,
  kind          text COLLATE "C" NOT NULL,
  source        text COLLATE "C" NOT NULL,
  rule          text NOT NULL,
  quotes        text NOT NULL,
  role          text,
  date          text COLLATE "C",
  outlet        text,
  entity        text COLLATE "C",
  UNIQUE (document_seq, ordinal)
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity);
CREATE INDEX entity_mentions_document ON entity_mentions (document, ordinal);
CREATE TABLE entities (
  id          text COLLATE "C" PRIMARY KEY,
  kind        text COLLATE "C" NOT NULL,
  name        text NOT NULL,
  alias_keys  text NOT NULL,
  mentions    integer NOT NULL,
  record      text NOT NULL
);
CREATE INDEX entities_kind ON entities (kind, mentions);
`,
};
