import pg from 'pg';
import type { CorpusLock } from '../../service/corpus/corpus-lock.js';
import { openError } from './connect.js';

/** The first key of every corpus-step lock; the second is the step's name, hashed by the server. */
const NAMESPACE = 'presstrail.corpus';

/**
 * A corpus-step lock that every process using the same PostgreSQL database sees: a session
 * advisory lock, taken on a connection of its own for the length of the run. Should the process
 * die, the server ends its session and the lock goes with it, so a killed worker never leaves a
 * step locked.
 */
export function postgresCorpusLock(url: string): CorpusLock {
  return {
    async hold(step, onWait, body) {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => {});
      await client.connect().catch((error: unknown) => { throw openError(url, error); });
      try {
        const keys = [NAMESPACE, step];
        const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS ok', keys);
        if (!rows[0]!.ok) {
          onWait();
          await client.query('SELECT pg_advisory_lock(hashtext($1), hashtext($2))', keys);
        }
        return await body();
      } finally {
        // Ending the session releases the lock; no unlock round trip to fail on a lost connection.
        await client.end().catch(() => {});
      }
    },
    close: async () => {},
  };
}
