import type { Correction } from '../core/correction.js';
import type { Document } from '../core/document.js';
import { documentId } from '../core/document.js';
import { badSpans } from '../service/corpus/check-step.js';
import type { SourceRecord } from '../store/store.js';
import type { CorrectionRecord } from './correction-records.js';

/**
 * A dump is what `presstrail export --format dump` writes and `presstrail import` reads: the
 * store itself, losslessly, as JSON Lines. Unlike the records export (docs/export.md), which is
 * for readers, a dump keeps every document whole (hints, blocks, source map, every layer,
 * messages), then the sources (which inputs were ingested completely, so re-ingest stays a
 * no-op after a move), then users' corrections, undone ones included, in the records export's
 * `correction` shape (docs/export.md), then any later record kinds. Bumped when a record's meaning changes.
 */
export const DUMP_FORMAT = 'presstrail-dump';
export const DUMP_VERSION = 1;

export interface DumpHeader {
  readonly type: 'header';
  readonly format: typeof DUMP_FORMAT;
  readonly version: number;
  readonly generator: string;
}

export interface DocumentDump {
  readonly type: 'document';
  readonly document: Document;
}

export interface SourceDump extends SourceRecord {
  readonly type: 'source';
}

export interface CorrectionDump {
  readonly type: 'correction';
  readonly correction: Correction;
}

export type DumpRecord = DocumentDump | SourceDump | CorrectionDump;

/** A line read back: a record, the header, or why the line cannot be used. */
export type ParsedLine =
  | { readonly kind: 'header'; readonly header: DumpHeader }
  | { readonly kind: 'record'; readonly record: DumpRecord }
  | { readonly kind: 'other'; readonly type: string; readonly value: Record<string, unknown> }
  /** `header`: the line is a header this build cannot read (a records export, a newer dump). */
  | { readonly kind: 'bad'; readonly reason: string; readonly header?: true };

const SHA256 = /^[0-9a-f]{64}$/;
const DOCUMENT_ID = /^d_[0-9a-f]{24}$/;

export function dumpHeader(generator: string): DumpHeader {
  return { type: 'header', format: DUMP_FORMAT, version: DUMP_VERSION, generator };
}

/** Reads one line of a dump. Never throws: a bad line comes back with a one-line reason. */
export function parseDumpLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'bad', reason: `invalid JSON: ${(error as Error).message}` };
  }
  if (!isObject(value) || typeof value.type !== 'string') return { kind: 'bad', reason: 'not a record: expected a JSON object with a "type"' };
  if (value.type === 'header') return parseHeader(value);
  if (value.type === 'document') return parseDocument(value.document);
  if (value.type === 'source') return parseSource(value);
  if (value.type === 'correction') return parseCorrection(value as Partial<CorrectionRecord>);
  return { kind: 'other', type: value.type, value };
}

function parseHeader(value: Record<string, unknown>): ParsedLine {
  if (value.format === 'presstrail') return { kind: 'bad', reason: 'this is a records export (presstrail export --format jsonl), which leaves out what a store needs; export with --format dump to move a store', header: true };
  if (value.format !== DUMP_FORMAT) return { kind: 'bad', reason: `not a presstrail dump: the header's format is ${JSON.stringify(value.format)}`, header: true };
  if (!Number.isInteger(value.version) || (value.version as number) > DUMP_VERSION) return { kind: 'bad', reason: `dump version ${String(value.version)} is newer than this presstrail reads (${DUMP_VERSION}): upgrade presstrail`, header: true };
  return { kind: 'header', header: value as unknown as DumpHeader };
}

function parseDocument(doc: unknown): ParsedLine {
  if (!isObject(doc)) return { kind: 'bad', reason: 'a document record without its "document" object' };
  const origin = doc.origin;
  if (!isObject(origin) || typeof origin.uri !== 'string' || typeof origin.mediaType !== 'string' || typeof origin.encoding !== 'string'
    || typeof origin.sha256 !== 'string' || !SHA256.test(origin.sha256) || !isCount(origin.byteLength)) {
    return { kind: 'bad', reason: 'document origin needs uri, mediaType, encoding, a sha256 of 64 hex digits and a byteLength' };
  }
  if (typeof doc.text !== 'string') return { kind: 'bad', reason: 'document has no text' };
  if (!Array.isArray(doc.hints) || !Array.isArray(doc.blocks) || !Array.isArray(doc.messages) || !isObject(doc.layers) || !Object.values(doc.layers).every(Array.isArray)) {
    return { kind: 'bad', reason: 'document needs hints, blocks and messages arrays and a layers object of arrays' };
  }
  if (doc.id !== documentId(origin.sha256)) return { kind: 'bad', reason: `document id ${JSON.stringify(doc.id)} is not ${documentId(origin.sha256)}, the id its sha256 gives` };
  const bad = badSpans(doc as unknown as Document).bad;
  if (bad.length > 0) return { kind: 'bad', reason: `span outside the document text: ${bad[0]}${bad.length > 1 ? ` (and ${bad.length - 1} more)` : ''}` };
  return { kind: 'record', record: { type: 'document', document: doc as unknown as Document } };
}

function parseSource(value: Record<string, unknown>): ParsedLine {
  const { sha256, uri, mediaType, byteLength, documents } = value;
  if (typeof sha256 !== 'string' || !SHA256.test(sha256) || typeof uri !== 'string' || typeof mediaType !== 'string' || !isCount(byteLength)
    || !Array.isArray(documents) || !documents.every((d) => typeof d === 'string' && DOCUMENT_ID.test(d))) {
    return { kind: 'bad', reason: 'source needs a sha256 of 64 hex digits, uri, mediaType, byteLength and a list of document ids' };
  }
  return { kind: 'record', record: { type: 'source', sha256, uri, mediaType, byteLength, documents: documents as string[] } };
}

/** The record's nulls become absent keys, as Store corrections have them; the store checks the rest. */
function parseCorrection(r: Partial<CorrectionRecord>): ParsedLine {
  if (typeof r.id !== 'string' || typeof r.kind !== 'string' || typeof r.target !== 'string' || !isObject(r.value) || typeof r.createdAt !== 'string' || (r.undoneAt !== null && typeof r.undoneAt !== 'string')) {
    return { kind: 'bad', reason: 'correction needs id, kind, target, a value object, createdAt and undoneAt (null when active)' };
  }
  const correction: Correction = {
    id: r.id, kind: r.kind, target: r.target, ...(isObject(r.anchor) ? { anchor: r.anchor as Correction['anchor'] } : {}), value: r.value,
    ...(typeof r.note === 'string' ? { note: r.note } : {}), ...(typeof r.author === 'string' ? { author: r.author } : {}),
    createdAt: r.createdAt, undoneAt: r.undoneAt ?? null,
  };
  return { kind: 'record', record: { type: 'correction', correction } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
