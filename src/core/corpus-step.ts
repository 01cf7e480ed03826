import type { Store } from '../store/store.js';

/** What a corpus step reports when it finishes (shown by `presstrail jobs` and the CLI). */
export interface CorpusStepResult {
  /** One line for a person: "412 clusters over 1,873 articles". */
  readonly summary: string;
  readonly counts?: Readonly<Record<string, number>>;
}

/**
 * A step over the whole store rather than one document (copy clustering, alias merging). Unlike
 * a Stage it reads and writes the store, so it lives at the service edge. It must be safe to run
 * while ingest continues (documents stored during the run are picked up by the next run) and
 * safe to run twice (a second run over an unchanged store changes nothing).
 */
export interface CorpusStep {
  readonly name: string;
  readonly version: number;
  run(store: Store, progress?: (done: number, total: number) => void): Promise<CorpusStepResult>;
}
