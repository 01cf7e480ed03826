import type { CorpusStepRun } from '../service/corpus/run-corpus-steps.js';
import type { JobPolicy } from './enqueue-files.js';
import { ensureQueue, type Queue } from './open-queue.js';

/** Each corpus step has a queue of its own, `presstrail-corpus.<step>`. */
export const CORPUS_QUEUE_PREFIX = 'presstrail-corpus.';

/** A long corpus step is not mistaken for a dead worker before this many seconds (4 hours). */
export const CORPUS_TIMEOUT_SECONDS = 4 * 3600;

export interface CorpusJobData {
  readonly step: string;
}

export type CorpusJobState = 'queued' | 'running' | 'failed' | 'done';

export interface CorpusJob {
  readonly id: string;
  readonly step: string;
  readonly state: CorpusJobState;
  readonly queuedAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly attempts: number;
  /** The step's one-line summary, for a finished job. */
  readonly summary?: string;
  readonly error?: string;
}

export function corpusQueueName(step: string): string {
  return `${CORPUS_QUEUE_PREFIX}${step}`;
}

/**
 * The queues are `stately`: pg-boss keeps at most one job of a step waiting and one running. So
 * a step never runs twice at once from the queue, and asking for a run while one is already
 * waiting adds nothing: the waiting run starts after the current one and sees every document
 * stored until then. (The worker also holds the step's advisory lock while it runs.)
 */
export async function ensureCorpusQueues(queue: Queue, steps: readonly string[]): Promise<void> {
  for (const step of steps) await ensureQueue(queue.boss, corpusQueueName(step), 'stately');
}

/** Queues a run of each step; `queued: false` when a run of it is already waiting. */
export async function enqueueCorpusSteps(queue: Queue, steps: readonly string[], policy: JobPolicy = {}): Promise<Array<{ step: string; queued: boolean }>> {
  await ensureCorpusQueues(queue, steps);
  const results: Array<{ step: string; queued: boolean }> = [];
  for (const step of steps) {
    const id = await queue.boss.send(corpusQueueName(step), { step } satisfies CorpusJobData, {
      retryLimit: policy.retries ?? 3,
      retryDelay: policy.retryDelaySeconds ?? 10,
      retryBackoff: true,
      expireInSeconds: policy.timeoutSeconds ?? CORPUS_TIMEOUT_SECONDS,
    });
    results.push({ step, queued: id !== null });
  }
  return results;
}

/** What a worker stores as the output of a finished corpus job. */
export function corpusJobOutput(run: CorpusStepRun): Record<string, unknown> {
  return { step: run.step, version: run.version, seconds: Number(run.seconds.toFixed(3)), summary: run.result?.summary, counts: run.result?.counts ?? {} };
}

type Row = { id: string; name: string; state: string; created_on: Date; started_on: Date | null; completed_on: Date | null; retry_count: number; output: { summary?: unknown; message?: unknown; value?: { message?: unknown } } | null };

/** The latest corpus jobs, newest first, archived ones included. */
export async function corpusJobs(queue: Queue, limit = 20): Promise<CorpusJob[]> {
  const columns = 'id, name, state, created_on, started_on, completed_on, retry_count, output';
  const { rows } = await queue.boss.getDb().executeSql(
    `SELECT * FROM (
       SELECT ${columns} FROM ${queue.schema}.job WHERE starts_with(name, $1)
       UNION ALL SELECT ${columns} FROM ${queue.schema}.archive WHERE starts_with(name, $1)
     ) jobs ORDER BY created_on DESC, id LIMIT $2`, [CORPUS_QUEUE_PREFIX, limit]);
  return (rows as Row[]).map(toCorpusJob);
}

/** Runs of these steps waiting or running (a step this build does not know is not waited for). */
export async function activeCorpusJobs(queue: Queue, steps: readonly string[]): Promise<number> {
  if (steps.length === 0) return 0;
  const { rows } = await queue.boss.getDb().executeSql(
    `SELECT count(*)::int AS n FROM ${queue.schema}.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active')`, [steps.map(corpusQueueName)]);
  return (rows as Array<{ n: number }>)[0]?.n ?? 0;
}

const STATES: Record<string, CorpusJobState> = { created: 'queued', retry: 'queued', active: 'running', failed: 'failed', completed: 'done', cancelled: 'failed' };

function toCorpusJob(r: Row): CorpusJob {
  const state = STATES[r.state] ?? 'failed';
  const message = r.output?.message ?? r.output?.value?.message;
  return {
    id: r.id, step: r.name.slice(CORPUS_QUEUE_PREFIX.length), state,
    queuedAt: new Date(r.created_on).toISOString(), startedAt: r.started_on ? new Date(r.started_on).toISOString() : null,
    finishedAt: r.completed_on ? new Date(r.completed_on).toISOString() : null, attempts: r.retry_count + 1,
    ...(state === 'done' && typeof r.output?.summary === 'string' ? { summary: r.output.summary } : {}),
    ...(state !== 'done' && typeof message === 'string' ? { error: message } : {}),
  };
}
