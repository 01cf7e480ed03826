import type Database from 'better-sqlite3';
import { PresstrailError } from '../../core/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations/index.js';

/**
 * Brings a store up to this program's schema. All pending migrations run in one IMMEDIATE
 * transaction, so two processes opening a new file at once cannot both apply them, and a
 * crash mid-upgrade leaves the previous version intact.
 */
export function migrate(db: Database.Database, path: string): void {
  db.transaction(() => {
    if (!hasTable(db, 'schema_version') && hasAnyTable(db)) {
      throw new PresstrailError('PT-E001', `Cannot open the store "${path}": it is a SQLite database, but not a presstrail store. Give a new file name to create a store.`);
    }
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const current = currentVersion(db);
    if (current > SCHEMA_VERSION) {
      throw new PresstrailError('PT-E002', `The store "${path}" has schema version ${current}, but this presstrail only knows versions up to ${SCHEMA_VERSION}; upgrade presstrail to open it.`);
    }
    const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  }).immediate();
}

export function currentVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function hasAnyTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get() !== undefined;
}
