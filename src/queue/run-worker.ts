import { statSync } from 'node:fs';
import type { Stage } from '../core/stage.js';
import type { CorpusLock } from '../service/corpus/corpus-lock.js';
import type { CorpusRegistry } from '../service/corpus/corpus-registry.js';
import { ingestFile, type FileOutcome } from '../service/ingest-files.js';
import type { IngestProblem } from '../stages/ingest/reader.js';
import type { Store } from '../store/store.js';
import { activeCorpusJobs, ensureCorpusQueues } from './corpus-jobs.js';
import type { IngestJobData } from './enqueue-files.js';
import { jobCounts } from './job-counts.js';
import { INGEST_QUEUE, type Queue } from './open-queue.js';
import { persist, sleep } from './reconnect.js';
import { takeCorpusJob, type CorpusJobReport } from './run-corpus-job.js';

export interface WorkerOptions {
  readonly stages: readonly Stage[];
  /** Corpus steps this worker runs when their jobs are queued, and the lock that keeps one run of each at a time. */
  readonly corpus?: { readonly registry: CorpusRegistry; readonly lock: CorpusLock };
  /** Jobs taken at once by this process. Default 1. */
  readonly concurrency?: number;
  /** Return when no job is queued or running anywhere, instead of waiting for more. */
  readonly once?: boolean;
  readonly maxBytes?: number;
  /** Seconds between polls of an empty queue. Default 2. */
  readonly pollSeconds?: number;
  /** Stops taking jobs; jobs already taken are finished. */
  readonly signal?: AbortSignal;
  readonly onJob?: (report: JobReport) => void;
  readonly onCorpusJob?: (report: CorpusJobReport) => void;
  /** The connection to PostgreSQL was lost; the worker waits for it and goes on. */
  readonly onConnectionLost?: (error: unknown) => void;
}

export interface JobReport {
  readonly path: string;
  readonly ok: boolean;
  /** The error of a failed attempt (the job is retried, or parked after its last retry). */
  readonly error?: string;
  readonly outcome?: FileOutcome;
}

export interface WorkerSummary {
  readonly done: number;
  readonly failed: number;
}

/**
 * Takes jobs and runs them: corpus steps first (they are few, and at most one of each waits),
 * then ingest jobs, each through the same one-file ingest as `presstrail ingest`. A job is
 * completed only after its file is marked done in the store, so a worker killed mid-file leaves
 * the job active until its timeout; pg-boss then hands it to another worker, which skips the
 * documents already stored (they are content-addressed) and stores the rest. Should PostgreSQL
 * go away (a restart), the job in hand is run again once it is back, without using a retry.
 */
export async function runWorker(queue: Queue, store: Store, options: WorkerOptions): Promise<WorkerSummary> {
  const totals = { done: 0, failed: 0 };
  const again = { signal: options.signal, onLost: options.onConnectionLost };
  if (options.corpus) await persist(() => ensureCorpusQueues(queue, options.corpus!.registry.steps.map((s) => s.name)), again);
  const slot = async () => {
    while (!options.signal?.aborted) {
      const corpus = options.corpus ? await takeCorpusJob(queue, store, options.corpus, again) : undefined;
      if (corpus) {
        totals[corpus.ok ? 'done' : 'failed']++;
        options.onCorpusJob?.(corpus);
        continue;
      }
      const [job] = await queue.boss.fetch<IngestJobData>(INGEST_QUEUE, { batchSize: 1 });
      if (job) {
        const ok = await runJob(queue, store, job.id, job.data, options);
        totals[ok ? 'done' : 'failed']++;
      } else if (options.once && await persist(() => drained(queue, options.corpus?.registry.steps.map((s) => s.name) ?? []), again)) {
        return;
      } else {
        await sleep((options.pollSeconds ?? 2) * 1000, options.signal);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, slot));
  return totals;
}

async function runJob(queue: Queue, store: Store, id: string, data: IngestJobData, options: WorkerOptions): Promise<boolean> {
  const again = { signal: options.signal, onLost: options.onConnectionLost };
  let problems: IngestProblem[] = [];
  let outcome: FileOutcome | undefined;
  let error: string | undefined;
  try {
    outcome = await persist(() => {
      problems = [];
      return ingestFile(store, { path: data.path, size: sizeOf(data.path) }, { stages: options.stages, maxBytes: options.maxBytes }, (p) => problems.push(p));
    }, again);
    if (outcome.failed) error = problems.filter((p) => p.severity === 'error').map((p) => p.reason).join('; ') || 'no documents could be read';
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  if (error === undefined && outcome) {
    const done = outcome;
    const warnings = problems.map((p) => `${p.uri}: ${p.reason}`);
    await persist(() => queue.boss.complete(INGEST_QUEUE, id, { added: done.added, existing: done.existing, articles: done.articles, unchanged: done.unchanged, warnings }), again);
  } else {
    await persist(() => queue.boss.fail(INGEST_QUEUE, id, { message: error }), again);
  }
  options.onJob?.({ path: data.path, ok: error === undefined, error, outcome });
  return error === undefined;
}

/** Nothing left anywhere that this worker could take: no job waiting (retries included) and none running. */
async function drained(queue: Queue, steps: readonly string[]): Promise<boolean> {
  // A job whose worker died stays active until its timeout; expiring here hands it on now.
  await queue.boss.expire();
  const counts = await jobCounts(queue);
  return counts.queued === 0 && counts.running === 0 && await activeCorpusJobs(queue, steps) === 0;
}

/** Size for the --max-size check; a file gone since it was queued fails when it is read. */
function sizeOf(path: string): number {
  try { return statSync(path).size; } catch { return 0; }
}
