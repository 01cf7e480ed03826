import { INGEST_QUEUE, type Queue } from './open-queue.js';

export interface JobCounts {
  /** Waiting for a worker, first attempts and retries alike. */
  readonly queued: number;
  readonly running: number;
  /** Parked after their last retry; `retryFailed` queues them again. */
  readonly failed: number;
  readonly done: number;
}

export interface FailedJob {
  readonly id: string;
  readonly path: string;
  readonly attempts: number;
  readonly error: string;
}

/** Counts of the ingest queue's jobs, finished ones that pg-boss has archived included. */
export async function jobCounts(queue: Queue): Promise<JobCounts> {
  const { rows } = await queue.boss.getDb().executeSql(
    `SELECT state, count(*)::int AS n FROM (
       SELECT state FROM ${queue.schema}.job WHERE name = $1
       UNION ALL SELECT state FROM ${queue.schema}.archive WHERE name = $1
     ) jobs GROUP BY state`, [INGEST_QUEUE]);
  const n = (state: string) => (rows as Array<{ state: string; n: number }>).find((r) => r.state === state)?.n ?? 0;
  return { queued: n('created') + n('retry'), running: n('active'), failed: n('failed'), done: n('completed') };
}

/** Failed jobs, oldest first, with the error of their last attempt. */
export async function failedJobs(queue: Queue, limit = 100): Promise<FailedJob[]> {
  const { rows } = await queue.boss.getDb().executeSql(
    `SELECT id, data, output, retry_count FROM ${queue.schema}.job
      WHERE name = $1 AND state = 'failed' ORDER BY completed_on, id LIMIT $2`, [INGEST_QUEUE, limit]);
  return (rows as Array<{ id: string; data: { path?: string } | null; output: unknown; retry_count: number }>).map((r) => ({
    id: r.id, path: r.data?.path ?? '?', attempts: r.retry_count + 1, error: errorOf(r.output),
  }));
}

/** Puts every failed job back in the queue (one more attempt each); returns how many. */
export async function retryFailed(queue: Queue): Promise<number> {
  const { rows } = await queue.boss.getDb().executeSql(
    `SELECT id FROM ${queue.schema}.job WHERE name = $1 AND state = 'failed'`, [INGEST_QUEUE]);
  const ids = (rows as Array<{ id: string }>).map((r) => r.id);
  if (ids.length > 0) await queue.boss.retry(INGEST_QUEUE, ids);
  return ids.length;
}

/** A worker stores `{message}`; pg-boss's own timeout stores `{value: {message}}`. */
function errorOf(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  const message = o?.message ?? o?.value?.message;
  return typeof message === 'string' ? message : JSON.stringify(output);
}
