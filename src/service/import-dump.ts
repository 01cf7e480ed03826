import type { Correction } from '../core/correction.js';
import type { Document } from '../core/document.js';
import { isPresstrailError } from '../core/errors.js';
import { correctionRecord } from '../export/correction-records.js';
import { parseDumpLine, type SourceDump } from '../export/dump-records.js';
import { isConnectionLost } from '../queue/reconnect.js';
import type { PutResult, Store } from '../store/store.js';
import { readLines } from './read-lines.js';

export interface ImportProblem {
  /** `file:line`, or the file alone when it could not be read at all. */
  readonly where: string;
  readonly reason: string;
}

export interface ImportSummary {
  files: number;
  lines: number;
  documentsAdded: number;
  documentsExisting: number;
  sourcesAdded: number;
  sourcesExisting: number;
  correctionsAdded: number;
  correctionsExisting: number;
  /** Records of a kind this build does not store (a newer presstrail's), skipped. */
  skipped: number;
  problems: number;
}

export interface ImportOptions {
  readonly onProblem: (problem: ImportProblem) => void;
  readonly onProgress?: (summary: Readonly<ImportSummary>) => void;
  /** Documents per transaction. Default 200. */
  readonly batch?: number;
}

/**
 * Reads dumps (`presstrail export --format dump`) into a store, in order and as a stream.
 * Idempotent: documents are content-addressed and sources keyed by hash, so importing the same
 * dump again stores nothing new. A bad line is reported with its file and line number and the
 * rest is read; a file without a dump header is refused whole.
 */
export async function importDumps(store: Store, paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { files: 0, lines: 0, documentsAdded: 0, documentsExisting: 0, sourcesAdded: 0, sourcesExisting: 0, correctionsAdded: 0, correctionsExisting: 0, skipped: 0, problems: 0 };
  const corrections = new StoredCorrections(store);
  const problem = (where: string, reason: string) => { summary.problems++; options.onProblem({ where, reason }); };
  for (const path of paths) {
    summary.files++;
    try {
      await importFile(store, path, { summary, problem, corrections }, options);
    } catch (error) {
      problem(path, `cannot be read: ${(error as Error).message}`);
    }
  }
  return summary;
}

interface ImportState {
  readonly summary: ImportSummary;
  readonly problem: (where: string, reason: string) => void;
  readonly corrections: StoredCorrections;
}

async function importFile(store: Store, path: string, { summary, problem, corrections }: ImportState, options: ImportOptions): Promise<void> {
  const name = path === '-' ? 'stdin' : path;
  let batch: Array<{ doc: Document; number: number }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const taken = batch;
    batch = [];
    for (const result of await putBatch(store, taken, (number, reason) => problem(`${name}:${number}`, reason))) {
      if (result) summary[result === 'inserted' ? 'documentsAdded' : 'documentsExisting']++;
    }
    options.onProgress?.(summary);
  };
  let headed = false;
  for await (const { line, number } of readLines(path)) {
    if (line.trim() === '') continue;
    summary.lines++;
    const parsed = parseDumpLine(line);
    if (!headed) {
      if (parsed.kind === 'header') { headed = true; continue; }
      problem(`${name}:${number}`, parsed.kind === 'bad' && parsed.header ? parsed.reason : 'not a presstrail dump: its first line is no dump header; make one with presstrail export --format dump');
      return;
    }
    if (parsed.kind === 'bad') problem(`${name}:${number}`, parsed.reason);
    else if (parsed.kind === 'header') problem(`${name}:${number}`, 'a second header: two dumps joined together? import them as two files');
    else if (parsed.kind === 'other') summary.skipped++;
    else if (parsed.record.type === 'document') {
      batch.push({ doc: parsed.record.document, number });
      if (batch.length >= (options.batch ?? 200)) await flush();
    } else {
      await flush();
      const reason = parsed.record.type === 'source' ? await putSource(store, parsed.record, summary) : await corrections.put(parsed.record.correction, summary);
      if (reason) problem(`${name}:${number}`, reason);
    }
  }
  await flush();
  if (!headed) problem(name, 'empty: no dump header');
}

/**
 * One transaction for the batch; should the store refuse it, each document is tried alone so
 * that only the ones it refuses are reported (by line). A lost connection is not the data's
 * fault and ends the import instead.
 */
async function putBatch(store: Store, batch: ReadonlyArray<{ doc: Document; number: number }>, problem: (line: number, reason: string) => void): Promise<Array<PutResult | undefined>> {
  try {
    return await store.putDocuments(batch.map((b) => b.doc));
  } catch (error) {
    if (isConnectionLost(error)) throw error;
  }
  const results: Array<PutResult | undefined> = [];
  for (const { doc, number } of batch) {
    try {
      results.push(await store.putDocument(doc));
    } catch (error) {
      if (isConnectionLost(error)) throw error;
      problem(number, `the store refused document ${doc.id}: ${(error as Error).message}`);
      results.push(undefined);
    }
  }
  return results;
}

/**
 * Corrections already in the store, read once: one with the id of an imported correction but
 * other content is a different correction (two stores' own c_1), reported and not imported.
 */
class StoredCorrections {
  private byId: Map<string, string> | undefined;

  constructor(private readonly store: Store) {}

  async put(correction: Correction, summary: ImportSummary): Promise<string | undefined> {
    this.byId ??= new Map((await this.store.listCorrections({ includeUndone: true })).map((c) => [c.id, JSON.stringify(correctionRecord(c))]));
    const stored = this.byId.get(correction.id);
    if (stored !== undefined) {
      if (stored === JSON.stringify(correctionRecord(correction))) { summary.correctionsExisting++; return undefined; }
      return `correction ${correction.id} differs from the store's own ${correction.id}: not imported (corrections move into a store that has none of its own, or the same ones)`;
    }
    try {
      summary[(await this.store.importCorrection(correction)) === 'inserted' ? 'correctionsAdded' : 'correctionsExisting']++;
    } catch (error) {
      if (!isPresstrailError(error)) throw error;
      return `correction ${correction.id}: ${error.message}`;
    }
    this.byId.set(correction.id, JSON.stringify(correctionRecord(correction)));
    return undefined;
  }
}

/** A source is marked done only when every document it lists is stored, as ingest does. */
async function putSource(store: Store, record: SourceDump, summary: ImportSummary): Promise<string | undefined> {
  for (const id of record.documents) {
    if (!(await store.hasDocument(id))) return `source ${record.uri} lists document ${id}, which is neither earlier in the dump nor in the store`;
  }
  const { type: _type, ...source } = record;
  summary[(await store.putSource(source)) === 'inserted' ? 'sourcesAdded' : 'sourcesExisting']++;
  return undefined;
}
