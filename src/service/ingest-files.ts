import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import { sha256Hex } from '../core/hash.js';
import { checkPipeline, runPipeline } from '../core/pipeline.js';
import type { Stage, StageContext } from '../core/stage.js';
import { silentContext } from '../core/stage.js';
import { streamInput, DEFAULT_MAX_BYTES } from '../stages/ingest/read-input.js';
import { problem, type IngestProblem } from '../stages/ingest/reader.js';
import { MEDIA_TYPES, detectKind } from '../stages/ingest/input-kind.js';
import type { Store } from '../store/store.js';
import type { InputFile } from './list-inputs.js';

export interface IngestProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly documents: number;
  readonly articles: number;
  readonly current: string;
}

export interface IngestSummary {
  readonly files: number;
  /** Files already ingested before (same content hash): nothing done. */
  readonly unchanged: number;
  readonly failed: number;
  readonly bytes: number;
  readonly documentsAdded: number;
  readonly documentsExisting: number;
  readonly articlesAdded: number;
  readonly problems: IngestProblem[];
  readonly seconds: number;
}

export interface IngestOptions {
  readonly stages: readonly Stage[];
  readonly maxBytes?: number;
  readonly onProgress?: (p: IngestProgress) => void;
  readonly onProblem?: (p: IngestProblem) => void;
  readonly ctx?: StageContext;
}

/** What ingesting one file did. */
export interface FileOutcome {
  unchanged: boolean;
  failed: boolean;
  added: number;
  existing: number;
  articles: number;
}

/**
 * Ingests files into a store: read, run the pipeline, store each document in its own
 * transaction, then mark the file done. A file whose bytes were ingested before is skipped;
 * a document already stored is not stored again; one bad file never stops the batch.
 */
export async function ingestFiles(store: Store, files: readonly InputFile[], options: IngestOptions): Promise<IngestSummary> {
  checkPipeline(options.stages);
  const started = process.hrtime.bigint();
  const problems: IngestProblem[] = [];
  const report = (p: IngestProblem) => { problems.push(p); options.onProblem?.(p); };
  const totals = { unchanged: 0, failed: 0, bytes: 0, added: 0, existing: 0, articles: 0 };
  const bytesTotal = files.reduce((n, f) => n + f.size, 0);
  for (const [i, file] of files.entries()) {
    // Inside a large file (a JSONL export, a WARC), progress moves with every stored batch.
    const within = (o: FileOutcome) => options.onProgress?.({ filesDone: i, filesTotal: files.length, bytesDone: totals.bytes, bytesTotal, documents: totals.added + o.added, articles: totals.articles + o.articles, current: file.path });
    const outcome = await ingestFile(store, file, options, report, within);
    totals.unchanged += Number(outcome.unchanged);
    totals.failed += Number(outcome.failed);
    totals.bytes += file.size;
    totals.added += outcome.added;
    totals.existing += outcome.existing;
    totals.articles += outcome.articles;
    options.onProgress?.({ filesDone: i + 1, filesTotal: files.length, bytesDone: totals.bytes, bytesTotal, documents: totals.added, articles: totals.articles, current: file.path });
  }
  return {
    files: files.length, unchanged: totals.unchanged, failed: totals.failed, bytes: totals.bytes,
    documentsAdded: totals.added, documentsExisting: totals.existing, articlesAdded: totals.articles,
    problems, seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

/**
 * Ingests one file (the unit of work of `ingestFiles` and of a queue worker): skipped when its
 * bytes were ingested before, marked done with putSource only after its last document is stored.
 */
export async function ingestFile(store: Store, file: InputFile, options: IngestOptions, report: (p: IngestProblem) => void, within: (o: FileOutcome) => void = () => {}): Promise<FileOutcome> {
  const outcome: FileOutcome = { unchanged: false, failed: false, added: 0, existing: 0, articles: 0 };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.size > maxBytes) {
    report(problem(file.path, `file is ${file.size} bytes, over the ${maxBytes} byte limit (raise it with --max-size)`));
    return { ...outcome, failed: true };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    report(problem(file.path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
    return { ...outcome, failed: true };
  }
  const sha256 = sha256Hex(bytes);
  if (await store.getSource(sha256)) return { ...outcome, unchanged: true };
  const ids: string[] = [];
  const batch = new Batch(store, outcome, within);
  let errors = 0;
  for await (const item of streamInput({ bytes, uri: file.path }, basename(file.path), { maxBytes })) {
    if ('problem' in item) {
      report(item.problem);
      errors += Number(item.problem.severity === 'error');
      continue;
    }
    ids.push(item.document.id);
    if (await store.hasDocument(item.document.id)) { outcome.existing++; continue; }
    const processed = runPipeline(options.stages, item.document, options.ctx ?? silentContext);
    for (const m of processed.messages) if (m.fatal) report(problem(item.document.origin.uri, m.reason));
    await batch.add(processed);
  }
  await batch.flush();
  if (ids.length === 0) return { ...outcome, failed: errors > 0 };
  const kind = detectKind(bytes, basename(file.path));
  const mediaType = kind === 'gzip' || kind === 'binary' || kind === 'empty' ? 'application/gzip' : MEDIA_TYPES[kind];
  await store.putSource({ sha256, uri: file.path, mediaType, byteLength: bytes.length, documents: ids });
  return outcome;
}

/** Documents per transaction, and text per transaction, before a batch is written. */
const BATCH_DOCUMENTS = 64;
const BATCH_CHARS = 4_000_000;

/**
 * Collects processed documents and stores them several per transaction, which is what makes
 * bulk ingest fast on SQLite. Each document is still whole or absent; the file is marked done
 * only after its last batch is written, so an interrupted file is read again next time.
 */
class Batch {
  private docs: Document[] = [];
  private chars = 0;

  constructor(private readonly store: Store, private readonly outcome: FileOutcome, private readonly onFlush: (o: FileOutcome) => void) {}

  async add(doc: Document): Promise<void> {
    this.docs.push(doc);
    this.chars += doc.text.length;
    if (this.docs.length >= BATCH_DOCUMENTS || this.chars >= BATCH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.docs.length === 0) return;
    const docs = this.docs;
    this.docs = [];
    this.chars = 0;
    const results = await this.store.putDocuments(docs);
    results.forEach((result, i) => {
      if (result === 'exists') this.outcome.existing++;
      else { this.outcome.added++; this.outcome.articles += getLayer(docs[i]!, 'articles').length; }
    });
    this.onFlush(this.outcome);
  }
}
