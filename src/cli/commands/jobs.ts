import pc from 'picocolors';
import { PresstrailError } from '../../core/errors.js';
import { listInputs } from '../../service/list-inputs.js';
import { corpusJobs, enqueueFiles, failedJobs, jobCounts, openQueue, retryFailed, type CorpusJob, type JobPolicy } from '../../queue/index.js';
import { EXIT, type Io } from '../output.js';

/** The queue lives in the store's PostgreSQL database; a SQLite file has no room for workers. */
export function requirePostgres(db: string, what: string): void {
  if (!/^postgres(ql)?:\/\//i.test(db)) {
    throw new PresstrailError('PT-E011', `${what} needs a PostgreSQL store, but --db is "${db}"; name one with --db postgres://user@host/database (or PRESSTRAIL_DB).`);
  }
}

/** `presstrail ingest PATHS --queue`: one job per file, for workers to take. */
export async function enqueueCommand(db: string, paths: readonly string[], policy: JobPolicy, io: Io): Promise<number> {
  requirePostgres(db, 'ingest --queue');
  const listing = listInputs(paths);
  for (const m of listing.missing) io.err(`${pc.red('error')}: PT-E008 ${m.arg}: ${m.reason}\n`);
  const queue = await openQueue(db);
  try {
    const result = await enqueueFiles(queue, listing.files, policy);
    io.err(`${result.queued} jobs queued; ${result.alreadyQueued} files were queued before\n`);
  } finally {
    await queue.close();
  }
  if (listing.files.length === 0) return EXIT.usage;
  return listing.missing.length > 0 ? EXIT.partial : EXIT.ok;
}

/** `presstrail jobs`: counts by state, then each failed job with its error. */
export async function jobsCommand(db: string, options: { json: boolean }, io: Io): Promise<number> {
  requirePostgres(db, 'jobs');
  const queue = await openQueue(db);
  try {
    const [counts, failed, corpus] = await Promise.all([jobCounts(queue), failedJobs(queue), corpusJobs(queue)]);
    if (options.json) {
      io.out(JSON.stringify({ ...counts, failedJobs: failed, corpusJobs: corpus }) + '\n');
      return EXIT.ok;
    }
    io.out(`${counts.queued} queued, ${counts.running} running, ${counts.failed} failed, ${counts.done} done\n`);
    for (const job of failed) io.out(`${pc.red('failed')} ${job.path} (${job.attempts} attempts): ${job.error}\n`);
    if (counts.failed > failed.length) io.out(`… and ${counts.failed - failed.length} more failed jobs\n`);
    if (corpus.length > 0) io.out(`corpus steps, latest first:\n${corpus.map(corpusLine).join('')}`);
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}

/** One corpus job: `check done 2026-12-01 18:02:11 (2 attempts): 70 documents, …`. */
function corpusLine(job: CorpusJob): string {
  const when = (job.finishedAt ?? job.startedAt ?? job.queuedAt).replace('T', ' ').slice(0, 19);
  const state = job.state === 'failed' ? pc.red(job.state) : job.state;
  const detail = job.summary ?? job.error;
  return `  ${job.step} ${state} ${when}${job.attempts > 1 ? ` (${job.attempts} attempts)` : ''}${detail ? `: ${detail}` : ''}\n`;
}

/** `presstrail jobs retry`: failed jobs go back in the queue. */
export async function jobsRetryCommand(db: string, io: Io): Promise<number> {
  requirePostgres(db, 'jobs retry');
  const queue = await openQueue(db);
  try {
    io.err(`${await retryFailed(queue)} failed jobs queued again\n`);
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}
