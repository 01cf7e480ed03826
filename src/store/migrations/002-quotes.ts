import type { Migration } from './migration.js';

/**
 * Quotes index, derived from each document's `quotes` layer and written in the same transaction
 * as the document. Article date, outlet and title are copied in so quote lists filter without a join.
 */
export const migration002: Migration = {
  version: 2,
  name: 'quotes',
  sqlite: `
CREATE TABLE quotes (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  document_seq  INTEGER NOT NULL REFERENCES documents (seq),
  document      TEXT NOT NULL,
  article       TEXT NOT NULL,
  ordinal       INTEGER NOT NULL,
  span_start    INTEGER NOT NULL,
  span_end      INTEGER NOT NULL,
  text          TEXT NOT NULL,
  kind          TEXT NOT NULL,
  speaker_name  TEXT,
  speaker_key   TEXT,
  speaker_kind  TEXT,
  confidence    REAL NOT NULL,
  rule          TEXT NOT NULL,
  title         TEXT,
  date          TEXT,
  outlet        TEXT,
  outlet_key    TEXT,
  UNIQUE (document_seq, ordinal)
);
CREATE INDEX quotes_order ON quotes (date IS NULL, date, document_seq, ordinal);
CREATE INDEX quotes_speaker ON quotes (speaker_key, speaker_kind);
CREATE INDEX quotes_article ON quotes (article);
`,
  postgres: `
CREATE TABLE quotes (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id            text COLLATE "C" NOT NULL UNIQUE,
  document_seq  bigint NOT NULL REFERENCES documents (seq),
  document      text COLLATE "C" NOT NULL,
  article       text COLLATE "C" NOT NULL,
  ordinal       integer NOT NULL,
  span_start    integer NOT NULL,
  span_end      integer NOT NULL,
  text          text NOT NULL,
  kind          text COLLATE "C" NOT NULL,
  speaker_name  text COLLATE "C",
  speaker_key   text COLLATE "C",
  speaker_kind  text COLLATE "C",
  confidence    double precision NOT NULL,
  rule          text NOT NULL,
  title         text,
  date          text COLLATE "C",
  outlet        text COLLATE "C",
  outlet_key    text COLLATE "C",
  UNIQUE (document_seq, ordinal)
);
CREATE INDEX quotes_order ON quotes ((date IS NULL), date, document_seq, ordinal);
CREATE INDEX quotes_speaker ON quotes (speaker_key, speaker_kind);
CREATE INDEX quotes_article ON quotes (article);
`,
};
