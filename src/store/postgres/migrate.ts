import type pg from 'pg';
import { PresstrailError } from '../../core/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations/index.js';

/**
 * Every presstrail process migrating any schema of a database takes this one lock, so two
 * processes opening a new store at once apply the migrations once, one after the other.
 * (A per-schema key cannot be computed before the schema exists.)
 */
const MIGRATION_LOCK = 0x7072_6573; // "pres"

/**
 * Brings the store's schema up to this program's version. All pending migrations run in one
 * transaction under a transaction-scoped advisory lock: a crash mid-upgrade rolls back to the
 * previous version, and a second process waits, then finds nothing left to do.
 */
export async function migrate(client: pg.PoolClient, where: string, schema: string | undefined): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await checkIsStore(client, where);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
    const current = await currentVersion(client);
    if (current > SCHEMA_VERSION) {
      throw new PresstrailError('PT-E002', `The store at ${where} has schema version ${current}, but this presstrail only knows versions up to ${SCHEMA_VERSION}; upgrade presstrail to open it.`);
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

export async function currentVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return rows[0]?.version ?? 0;
}

/** Tables of another program in the schema, and no schema_version: not ours to write into. */
async function checkIsStore(client: pg.ClientBase, where: string): Promise<void> {
  const { rows } = await client.query<{ ours: boolean; others: boolean }>(`SELECT
    to_regclass('schema_version') IS NOT NULL AS ours,
    EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()) AS others`);
  const { ours, others } = rows[0]!;
  if (!ours && others) {
    throw new PresstrailError('PT-E001', `Cannot open the store at ${where}: its schema holds tables, but it is not a presstrail store. Use a new database, or another schema.`);
  }
}
