/**
 * One schema step. Versions are consecutive from 1 and never edited once released: a change
 * is a new migration. Each backend gets its own dialect of the same tables and columns.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  /** The same tables and columns for PostgreSQL (see docs/scaling.md for the type choices). */
  readonly postgres: string;
}
