import PgBoss from 'pg-boss';
import { openError } from '../store/postgres/connect.js';

/** The one pg-boss queue that holds a job per input file. */
export const INGEST_QUEUE = 'presstrail-ingest';
/** The schema pg-boss keeps its tables in, beside the store's tables in the same database. */
export const DEFAULT_QUEUE_SCHEMA = 'presstrail_queue';

const FAILED_KEPT_SECONDS = 30 * 24 * 3600;

export interface QueueOptions {
  /** Schema for the queue's tables (default presstrail_queue); tests use one each. */
  readonly schema?: string;
  /**
   * Run pg-boss's maintenance (expire jobs of dead workers, archive finished ones) in this
   * process. Workers do; a one-off enqueue or `jobs` does not need to.
   */
  readonly supervise?: boolean;
}

/** A started pg-boss instance and the schema it lives in (counts read its tables directly). */
export interface Queue {
  readonly boss: PgBoss;
  readonly schema: string;
  close(): Promise<void>;
}

/** Connects to the PostgreSQL at `url`, creates or upgrades the queue's tables, and makes sure the ingest queue exists. */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<Queue> {
  // Workers started together on a fresh database all create pg-boss's tables at once, and
  // PostgreSQL may break the tie with a deadlock error: the loser tries again, finding them made.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startQueue(url, options);
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

async function startQueue(url: string, options: QueueOptions): Promise<Queue> {
  const schema = options.schema ?? DEFAULT_QUEUE_SCHEMA;
  const boss = new PgBoss({
    connectionString: url, schema, max: 4, supervise: options.supervise ?? false, schedule: false,
    // Parked jobs stay listed (and retryable) for a month, not pg-boss's 12 hours.
    archiveFailedAfterSeconds: FAILED_KEPT_SECONDS,
  });
  // pg-boss reports background failures (a server restart) as 'error' events; without a
  // listener they would end the process. Its next poll reconnects.
  boss.on('error', () => {});
  try {
    await boss.start();
    await ensureQueue(boss, INGEST_QUEUE, 'standard');
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw openError(url, error);
  }
  return { boss, schema, close: () => boss.stop({ graceful: true, wait: true }) };
}

/** Creates the named pg-boss queue unless it exists; `stately` keeps one job queued and one running. */
export async function ensureQueue(boss: PgBoss, name: string, policy: 'standard' | 'stately'): Promise<void> {
  // Workers starting at once race to create the same queues: the loser's insert hits the queue
  // the winner made, or the server picks it as a deadlock victim while the winner has not yet
  // committed. Either way, look again after a short random wait.
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, policy });
      return;
    } catch (error) {
      if (attempt >= 5) { if (await boss.getQueue(name)) return; throw error; }
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}
