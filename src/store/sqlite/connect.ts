import Database from 'better-sqlite3';
import { PresstrailError } from '../../core/errors.js';
import { migrate } from './migrate.js';

export interface SqliteStoreOptions {
  /**
   * fsync the write-ahead log at every commit (synchronous=FULL), so committed documents also
   * survive a power cut or kernel crash. Off by default: see `connect`.
   */
  readonly durable?: boolean;
  /** How long a write waits for another process's write to finish before failing. */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (or creates) a store file and applies migrations.
 *
 * Durability: WAL mode with synchronous=NORMAL. A commit appends the transaction to the -wal
 * file with write() before COMMIT returns, so when putDocument resolves the document is in the
 * operating system's page cache; killing the process (kill -9, OOM, a crash) cannot lose it,
 * and the next open replays the log. What NORMAL saves is an fsync per commit: after a power
 * cut or kernel crash the last few commits may be rolled back, never half-applied, because
 * the WAL is only checkpointed into the database after an fsync. `durable: true` buys
 * power-loss durability with an fsync per document.
 */
export function connect(path: string, options: SqliteStoreOptions = {}): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.durable ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    // 64 MiB of page cache (better-sqlite3's default is 16 MiB): the copy index's band and
    // paragraph B-trees take random inserts and lookups, ~100 MiB of them at 100k articles.
    db.pragma('cache_size = -65536');
    migrate(db, path);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof PresstrailError) throw error;
    throw new PresstrailError('PT-E001', `Cannot open the store "${path}": ${describe(error)}. Give the path of a presstrail store, or a new file name to create one.`, { cause: error });
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return 'the file is not a SQLite database';
  if (code === 'SQLITE_CANTOPEN') return 'the file cannot be opened or created (check that its folder exists and is writable)';
  if (code === 'SQLITE_CORRUPT') return 'the database file is damaged';
  return error instanceof Error ? error.message : String(error);
}
