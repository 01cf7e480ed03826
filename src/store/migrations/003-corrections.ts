import type { Migration } from './migration.js';

/**
 * Users' corrections (src/core/correction.ts), kept apart from the documents they correct so
 * re-ingest and re-processing never lose them. `anchor_*` pins a quote correction to characters;
 * `speaker_*` copy a quote.speaker value's name, folded key and kind so reads need no JSON.
 * Undoing sets `undone_at`; rows are never deleted.
 */
export const migration003: Migration = {
  version: 3,
  name: 'corrections',
  sqlite: `
CREATE TABLE corrections (
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL,
  target           TEXT NOT NULL,
  anchor_document  TEXT,
  anchor_start     INTEGER,
  anchor_end       INTEGER,
  value            TEXT NOT NULL,
  speaker_name     TEXT,
  speaker_key      TEXT,
  speaker_kind     TEXT,
  note             TEXT,
  author           TEXT,
  created_at       TEXT NOT NULL,
  undone_at        TEXT
);
CREATE INDEX corrections_active ON corrections (kind, undone_at);
CREATE INDEX corrections_target ON corrections (target);
`,
  postgres: `
CREATE TABLE corrections (
  seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id               text COLLATE "C" NOT NULL UNIQUE,
  kind             text COLLATE "C" NOT NULL,
  target           text COLLATE "C" NOT NULL,
  anchor_document  text COLLATE "C",
  anchor_start     integer,
  anchor_end       integer,
  value            text NOT NULL,
  speaker_name     text COLLATE "C",
  speaker_key      text COLLATE "C",
  speaker_kind     text COLLATE "C",
  note             text,
  author           text,
  created_at       text COLLATE "C" NOT NULL,
  undone_at        text COLLATE "C"
);
CREATE INDEX corrections_active ON corrections (kind, undone_at);
CREATE INDEX corrections_target ON corrections (target);
`,
};
