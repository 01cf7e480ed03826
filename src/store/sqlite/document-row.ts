import type { Document } from '../../core/document.js';

/** A `documents` row as SQLite returns it: scalar columns plus the layers as JSON text. */
export interface DocumentRow {
  readonly seq: number;
  readonly id: string;
  readonly origin: string;
  readonly text: string;
  readonly source_map: string | null;
  readonly hints: string;
  readonly blocks: string;
  readonly layers: string;
  readonly messages: string;
}

export const DOCUMENT_COLUMNS = 'seq, id, origin, text, source_map, hints, blocks, layers, messages';

export function documentParams(doc: Document): Record<string, unknown> {
  return {
    id: doc.id,
    uri: doc.origin.uri,
    media_type: doc.origin.mediaType,
    sha256: doc.origin.sha256,
    byte_length: doc.origin.byteLength,
    encoding: doc.origin.encoding,
    url: doc.origin.url ?? null,
    origin: JSON.stringify(doc.origin),
    text: doc.text,
    source_map: doc.sourceMap ? JSON.stringify(doc.sourceMap) : null,
    hints: JSON.stringify(doc.hints),
    blocks: JSON.stringify(doc.blocks),
    layers: JSON.stringify(doc.layers),
    messages: JSON.stringify(doc.messages),
    stored_at: new Date().toISOString(),
  };
}

export function rowToDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    origin: JSON.parse(row.origin) as Document['origin'],
    text: row.text,
    ...(row.source_map !== null ? { sourceMap: JSON.parse(row.source_map) as Document['sourceMap'] } : {}),
    hints: JSON.parse(row.hints) as Document['hints'],
    blocks: JSON.parse(row.blocks) as Document['blocks'],
    layers: JSON.parse(row.layers) as Document['layers'],
    messages: JSON.parse(row.messages) as Document['messages'],
  };
}
