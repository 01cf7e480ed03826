import pg from 'pg';
import { PostgresStore } from './postgres-store.js';

/**
 * Throwaway stores for tests and measurements: each lives in its own uniquely named schema of
 * the database at `url`, dropped when the store is closed, so runs never see each other's rows.
 */
export class FreshSchemas {
  private n = 0;
  private readonly admin: pg.Pool;

  constructor(private readonly url: string) {
    this.admin = new pg.Pool({ connectionString: url, max: 1 });
    this.admin.on('error', () => {});
  }

  /** A schema name no other run uses (process id, time and a counter). */
  name(): string {
    return `pt_test_${process.pid}_${Date.now().toString(36)}_${this.n++}`;
  }

  /** Opens a store in a new schema; its close() also drops the schema. */
  async open(schema = this.name()): Promise<PostgresStore> {
    const store = await PostgresStore.open(this.url, { schema });
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      await this.drop(schema);
    };
    return store;
  }

  async drop(schema: string): Promise<void> {
    await this.admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  async query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.admin.query<T>(text, values)).rows;
  }

  async end(): Promise<void> {
    await this.admin.end();
  }
}
