import pg from 'pg';
import { PresstrailError } from '../../core/errors.js';

export interface PostgresStoreOptions {
  /**
   * The schema that holds the store's tables, created if missing (default: the first schema
   * on the server's search_path, usually public). Lets several stores share one database.
   */
  readonly schema?: string;
  /** Connections kept open; writes take one each for their transaction. Default 4. */
  readonly poolSize?: number;
  /** How long to wait for the server to answer when connecting. Default 10 s. */
  readonly connectTimeoutMs?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Where a URL points, for messages: host, port and database, never the user's password. */
export function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname.length > 1 ? parsed.pathname : ''}`;
  } catch {
    return 'the server in the URL';
  }
}

/** A pool whose first connection has been made, so a bad URL fails here with PT-E001. */
export async function connect(url: string, options: PostgresStoreOptions): Promise<pg.Pool> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new PresstrailError('PT-E001', `Cannot use the schema "${options.schema}": write it in lower case letters, digits and _, starting with a letter.`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    // Every connection resolves unqualified table names in the store's schema.
    ...(options.schema !== undefined ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection the server drops (a restart) is an 'error' event; without a listener
  // it would end the process. The pool discards that connection and opens a new one on demand.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
    return pool;
  } catch (error) {
    await pool.end().catch(() => {});
    throw openError(url, error);
  }
}

/** PT-E001 for a store that cannot be reached or opened, naming the host and hiding the password. */
export function openError(url: string, error: unknown): PresstrailError {
  if (error instanceof PresstrailError) return error;
  let reason = error instanceof Error ? error.message : String(error);
  const password = passwordOf(url);
  if (password) reason = reason.split(password).join('***');
  if (reason === '') reason = (error as { code?: string }).code ?? 'unknown error';
  return new PresstrailError('PT-E001', `Cannot open the PostgreSQL store at ${describeTarget(url)}: ${reason}. Check that the server is running, and the user, password and database in the URL.`, { cause: error });
}

function passwordOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.password ? decodeURIComponent(parsed.password) : '';
  } catch {
    return '';
  }
}
