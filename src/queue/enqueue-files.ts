import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { InputFile } from '../service/list-inputs.js';
import { INGEST_QUEUE, type Queue } from './open-queue.js';

/** What a job carries: the file to ingest, and the content hash it had when it was queued. */
export interface IngestJobData {
  readonly path: string;
  readonly sha256: string;
}

/** How a job is retried and when a silent worker is presumed dead. */
export interface JobPolicy {
  /** Attempts after the first one before the job is parked as failed. Default 3. */
  readonly retries?: number;
  /** Seconds before the first retry; each later one waits about twice as long. Default 10. */
  readonly retryDelaySeconds?: number;
  /** A job still running after this long is taken to be lost (its worker died) and retried. Default 900. */
  readonly timeoutSeconds?: number;
}

export interface EnqueueResult {
  readonly queued: number;
  /** Files whose path and content were queued before: no new job. */
  readonly alreadyQueued: number;
}

/** Queues one ingest job per file, keyed by its absolute path and content hash. */
export async function enqueueFiles(queue: Queue, files: readonly InputFile[], policy: JobPolicy = {}): Promise<EnqueueResult> {
  let queued = 0;
  for (const file of files) {
    const path = resolve(file.path);
    // An unreadable file is still queued: its job fails with the reason, and `jobs` shows it.
    const sha256 = await hashFile(path).catch(() => 'unreadable');
    const key = `${path}#${sha256}`;
    const id = await queue.boss.send(INGEST_QUEUE, { path, sha256 } satisfies IngestJobData, {
      id: jobId(key),
      singletonKey: key,
      retryLimit: policy.retries ?? 3,
      retryDelay: policy.retryDelaySeconds ?? 10,
      retryBackoff: true,
      expireInSeconds: policy.timeoutSeconds ?? 900,
    });
    queued += Number(id !== null);
  }
  return { queued, alreadyQueued: files.length - queued };
}

/**
 * The job's id is derived from its key. pg-boss 10's singleton keys only exclude a second job
 * while the first is queued (or within a time slot no longer than the archive interval), but
 * its insert skips an id that exists in any state: so queuing the same file twice is a no-op
 * whether the first job waits, runs, failed or is done. (Once a finished job is archived, after
 * 12 hours, queuing the file again makes a job that finds the source stored and does nothing.)
 */
function jobId(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function hashFile(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path).on('error', fail).on('data', (chunk) => hash.update(chunk)).on('end', () => done(hash.digest('hex')));
  });
}
