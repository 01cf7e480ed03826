export { openQueue, INGEST_QUEUE, DEFAULT_QUEUE_SCHEMA, type Queue, type QueueOptions } from './open-queue.js';
export { enqueueFiles, type EnqueueResult, type IngestJobData, type JobPolicy } from './enqueue-files.js';
export { runWorker, type JobReport, type WorkerOptions, type WorkerSummary } from './run-worker.js';
export { enqueueCorpusSteps, corpusJobs, activeCorpusJobs, corpusQueueName, CORPUS_QUEUE_PREFIX, type CorpusJob, type CorpusJobState } from './corpus-jobs.js';
export type { CorpusJobReport } from './run-corpus-job.js';
export { isConnectionLost, persist } from './reconnect.js';
export { jobCounts, failedJobs, retryFailed, type FailedJob, type JobCounts } from './job-counts.js';
