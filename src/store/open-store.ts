import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PresstrailError } from '../core/errors.js';
import { MemoryStore } from './memory/memory-store.js';
import type { Store } from './store.js';

/**
 * Opens the store a user named: a file path or `sqlite:PATH` (SQLite, created with its folder
 * if missing), `memory:` (gone when the process ends), or a PostgreSQL URL
 * (`postgres://user:password@host:port/database`). Each backend is imported on demand, so
 * `memory:` works without the native SQLite module and SQLite users never load pg.
 */
export async function openStore(spec: string): Promise<Store> {
  if (spec === 'memory:') return new MemoryStore();
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.open(spec);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new PresstrailError('PT-E010', `The store "${spec}" names a backend this build does not know; use a SQLite path, a postgres:// URL or memory:.`);
  }
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (path.length === 0) throw new PresstrailError('PT-E001', `Cannot open the store "${spec}": it names no file. Write a path, like sqlite:./presstrail.db.`);
  if (path !== ':memory:') makeFolder(path);
  const { SqliteStore } = await import('./sqlite/sqlite-store.js');
  return SqliteStore.open(path);
}

function makeFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PresstrailError('PT-E001', `Cannot create the folder for the store "${path}": ${reason}. Choose a path in a writable folder.`, { cause: error });
  }
}
