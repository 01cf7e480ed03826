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

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** What copy detection makes of a fixture's input, in a form a person can review in a diff. */
export async function summariseCopies(bytes: Uint8Array, uri: string) {
  const docs = await documentsOf(bytes, uri);
  const found = findCopies(entriesOf(docs));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const label = new Map(docs.flatMap((d) => getLayer<Article>(d, 'articles').map((a) => [a.id, `${a.title?.value ?? '(untitled)'} · ${a.outlet?.value ?? '?'} · ${a.date?.value ?? 'undated'}`] as const)));
  const side = (s: CopyPair['a']) => {
    const t = texts.get(s.document)!.slice(s.start, s.end);
    return { article: label.get(s.article), span: [s.start, s.end], begins: cut(oneLine(t), 60), ends: oneLine(t.slice(-50)) };
  };
  return found.pairs.map((p) => ({
    a: side(p.a), b: side(p.b), match: p.match, kind: p.kind, similarity: p.similarity, direction: p.direction, evidence: p.evidence.rule, rule: p.rule,
    paragraphs: p.paragraphs.map((x) => `${x.match}${x.match === 'changed' ? ` ${x.similarity}` : ''}`), unmatched: p.unmatched,
    quoteDrift: p.drift.filter((d) => d.inQuote).map((d) => `${d.op}: "${texts.get(p.a.document)!.slice(d.a.start, d.a.end)}" -> "${texts.get(p.b.document)!.slice(d.b.start, d.b.end)}"`),
  }));
}
