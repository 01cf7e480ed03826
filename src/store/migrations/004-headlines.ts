import type { Migration } from './migration.js';

/**
 * Headline verdicts (issue 7), derived from each document's `headlines` layer and written in the
 * same transaction as the document: one row per checked article, its summary verdict indexed so
 * `presstrail headlines --verdict not-found` filters fast, its claims kept as the export's JSON.
 */
const COLUMNS = (t: { text: string; int: string; key: string }) => `
  article       ${t.key} NOT NULL UNIQUE,
  document      ${t.key} NOT NULL,
  span_start    ${t.int} NOT NULL,
  span_end      ${t.int} NOT NULL,
  headline      ${t.text} NOT NULL,
  verdict       ${t.key} NOT NULL,
  claims        ${t.text} NOT NULL,
  unsupported   ${t.text} NOT NULL,
  title         ${t.text},
  date          ${t.key},
  outlet        ${t.key},
  outlet_key    ${t.key}`;

export const migration004: Migration = {
  version: 4,
  name: 'headlines',
  sqlite: `
CREATE TABLE headlines (
  seq           INTEGER PRIMARY KEY,
  document_seq  INTEGER NOT NULL REFERENCES documents (seq),${COLUMNS({ text: 'TEXT', int: 'INTEGER', key: 'TEXT' })}
);
CREATE INDEX headlines_verdict ON headlines (verdict, date IS NULL, date, article);
CREATE INDEX headlines_document ON headlines (document_seq);
`,
  postgres: `
CREATE TABLE headlines (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_seq  bigint NOT NULL REFERENCES documents (seq),${COLUMNS({ text: 'text', int: 'integer', key: 'text COLLATE "C"' })}
);
CREATE INDEX headlines_verdict ON headlines (verdict, (date IS NULL), date, article);
CREATE INDEX headlines_document ON headlines (document_seq);
`,
};
