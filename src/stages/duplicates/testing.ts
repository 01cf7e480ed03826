/**
 * Helpers for tests, fixtures and the benchmark: documents made from a JSON Lines input (one
 * record an article, as `presstrail ingest` reads it), their copy entries, and a readable summary
 * of the copies found.
 */
import type { Article } from '../../core/article.js';
import type { CopyPair } from '../../core/copy.js';
import { getLayer, type Document } from '../../core/document.js';
import { runPipeline } from '../../core/pipeline.js';
import { defaultPipeline } from '../../default-pipeline.js';
import { readInput } from '../ingest/read-input.js';
import { copyEntry } from './05-entry.js';
import { findCopies, type EntryWithText, type FoundCopies } from './find-copies.js';

export interface TestRecord {
  readonly title: string;
  readonly text: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly url?: string;
}

export async function documentsOf(bytes: Uint8Array, uri = 'test.jsonl'): Promise<Document[]> {
  const read = await readInput({ bytes, uri }, uri);
  return read.documents.map((d) => runPipeline(defaultPipeline, d));
}

export function jsonlOf(records: readonly TestRecord[]): Uint8Array {
  return new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

export function entriesOf(docs: readonly Document[]): EntryWithText[] {
  return docs.flatMap((d) => getLayer<Article>(d, 'articles').map((a) => ({ entry: copyEntry(d, a), text: d.text })));
}

export async function copiesOfRecords(records: readonly TestRecord[]): Promise<FoundCopies & { docs: Document[] }> {
  const docs = await documentsOf(jsonlOf(records));
  return { ...findCopies(entriesOf(docs)), docs };
}

/** One line a pair, for assertions and golden files: titles, match, kind, direction, paragraphs. */
export function describePair(p: CopyPair, titleOf: (article: string) => string): string {
  const same = p.paragraphs.filter((x) => x.match === 'same').length;
  return `${titleOf(p.a.article)} -> ${titleOf(p.b.article)}: ${p.match} ${p.kind} ${p.direction ?? 'unknown'} (${p.evidence.rule}), `
    + `${same} same + ${p.paragraphs.length - same} changed paragraphs, ${p.unmatched.a}/${p.unmatched.b} unmatched, drift ${p.drift.length} (${p.drift.filter((d) => d.inQuote).length} in quotes)`;
}
