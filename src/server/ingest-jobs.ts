import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { sha256Hex } from '../core/hash.js';
import type { Stage } from '../core/stage.js';
import { ingestFiles, type IngestProgress } from '../service/ingest-files.js';
import type { InputFile } from '../service/list-inputs.js';
import type { ArticleSummary, Store } from '../store/store.js';
import type { CorpusStep } from '../core/corpus-step.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** One upload's ingest, as the ingest page polls it. File names are the names the browser sent. */
export interface IngestJob {
  readonly id: string;
  state: JobState;
  readonly files: ReadonlyArray<{ readonly name: string; readonly size: number }>;
  progress: Omit<IngestProgress, 'current'> & { current: string };
  problems: Array<{ file: string; reason: string; severity: 'error' | 'warning' }>;
  summary: { documentsAdded: number; documentsExisting: number; articlesAdded: number; unchanged: number; failed: number; seconds: number } | null;
  /** Articles of the uploaded files (the first ones), once done. */
  articles: ArticleSummary[];
  readonly createdAt: string;
}

export interface UploadedFile {
  readonly name: string;
  readonly path: string;
  readonly size: number;
}

const KEEP_JOBS = 50;
const LIST_ARTICLES = 50;

/**
 * Runs uploads through `ingestFiles` one job at a time (writes to a store are serial anyway),
 * keeping the last jobs in memory for the page to poll. Upload folders are removed afterwards.
 */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly stages: readonly Stage[], private readonly corpusSteps: readonly CorpusStep[], private readonly onStored: () => void) {}

  submit(files: readonly UploadedFile[], folder: string): IngestJob {
    const job: IngestJob = {
      id: `j_${randomUUID().slice(0, 8)}`, state: 'queued', files: files.map((f) => ({ name: f.name, size: f.size })),
      progress: { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: files.reduce((n, f) => n + f.size, 0), documents: 0, articles: 0, current: '' },
      problems: [], summary: null, articles: [], createdAt: new Date().toISOString(),
    };
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEEP_JOBS))) this.jobs.delete(old);
    this.chain = this.chain.then(() => this.run(job, files, folder));
    return job;
  }

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  list(): IngestJob[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when every submitted job has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private async run(job: IngestJob, files: readonly UploadedFile[], folder: string): Promise<void> {
    job.state = 'running';
    const nameOf = new Map(files.map((f) => [f.path, f.name]));
    const shown = (uri: string) => { for (const [path, name] of nameOf) if (uri.startsWith(path)) return name + uri.slice(path.length); return uri; };
    try {
      const inputs: InputFile[] = files.map((f) => ({ path: f.path, size: f.size }));
      const summary = await ingestFiles(this.store, inputs, {
        stages: this.stages,
        onProgress: (p) => { job.progress = { ...p, current: shown(p.current) }; },
        onProblem: (p) => { job.problems.push({ file: shown(p.uri), reason: p.reason, severity: p.severity }); },
      });
      // As `presstrail ingest` does: index copies and regroup entities, so the new articles show in the copies and entity views.
      if (summary.documentsAdded > 0) for (const step of this.corpusSteps) await step.run(this.store);
      const { documentsAdded, documentsExisting, articlesAdded, unchanged, failed, seconds } = summary;
      job.summary = { documentsAdded, documentsExisting, articlesAdded, unchanged, failed, seconds };
      job.articles = await this.articlesOf(files);
      job.state = 'done';
    } catch (error) {
      job.problems.push({ file: '', reason: `ingest stopped: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' });
      job.state = 'failed';
    } finally {
      rmSync(folder, { recursive: true, force: true });
      this.onStored();
    }
  }

  /** The stored articles of the uploaded files, found through each file's content hash. */
  private async articlesOf(files: readonly UploadedFile[]): Promise<ArticleSummary[]> {
    const out: ArticleSummary[] = [];
    for (const f of files) {
      const source = await this.store.getSource(sha256Hex(readFileSync(f.path)));
      for (const document of source?.documents ?? []) {
        if (out.length >= LIST_ARTICLES) return out;
        out.push(...await this.store.listArticles({ document, limit: LIST_ARTICLES - out.length }));
      }
    }
    return out;
  }
}
