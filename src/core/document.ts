import type { Annotation, Span } from './span.js';
import type { DocumentMessage } from './diagnostics.js';

/** Where a document's text came from. */
export interface Origin {
  /** File path or URL; a record inside a container gets a fragment (`feed.xml#item=3`, `crawl.warc.gz#record=<id>`, `export.jsonl#line=12`). */
  readonly uri: string;
  /** Media type of the input the text was read from (`text/plain`, `text/html`, `application/x-ndjson`, …). */
  readonly mediaType: string;
  /** SHA-256 (hex) of the bytes this document was read from: the file, or the record inside a container. */
  readonly sha256: string;
  /** Length of those bytes. */
  readonly byteLength: number;
  /** Character encoding the bytes were decoded with, and how it was decided. */
  readonly encoding: string;
  readonly encodingSource?: string;
  /** For a record inside a container file: the container. */
  readonly container?: { readonly uri: string; readonly mediaType: string };
  /** URL the content was fetched from, when the input says (WARC target URI, feed link, JSONL url). */
  readonly url?: string;
}

/**
 * Maps ranges of the document text back to ranges of the raw input (byte-free: UTF-16 offsets into the
 * decoded raw page). Each segment says text[textStart, textEnd) came from raw[rawStart, rawEnd).
 * Segments are sorted by textStart and do not overlap.
 */
export interface SourceMap {
  readonly segments: ReadonlyArray<readonly [textStart: number, textEnd: number, rawStart: number, rawEnd: number]>;
}

export type HintField = 'title' | 'date' | 'author' | 'outlet' | 'url' | 'description' | 'language';

/**
 * A metadata value a reader found outside the text (JSON-LD, OpenGraph, a feed item, a JSONL field).
 * `source` names exactly where (`jsonld:NewsArticle.datePublished`, `meta:og:site_name`, `record:title`).
 * `raw` is the range in the raw input the value was read from, where the reader can tell.
 */
export interface MetaHint {
  readonly field: HintField;
  readonly value: string;
  readonly source: string;
  readonly raw?: Span;
}

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'blockquote'
  | 'caption'
  | 'preformatted'
  | 'table-cell'
  | 'byline'
  | 'dateline'
  | 'boilerplate'
  /** One post of a page that holds several (archive, tag and home pages). */
  | 'post';

/** Structure a reader saw in its input (an HTML element), as a span of the text. */
export type Block = Annotation<{ readonly kind: BlockKind; readonly level?: number; readonly label?: string }>;

/** One input's text, held exactly once, with everything known about it as standoff layers. */
export interface Document {
  /** `d_` + first 24 hex digits of origin.sha256: the same bytes are the same document. */
  readonly id: string;
  readonly origin: Origin;
  readonly text: string;
  readonly sourceMap?: SourceMap;
  readonly hints: readonly MetaHint[];
  readonly blocks: readonly Block[];
  /** Annotation layers by name (`articles`, later `quotes`, `entities`, …), each made by one stage. */
  readonly layers: Readonly<Record<string, readonly Annotation[]>>;
  readonly messages: readonly DocumentMessage[];
}

export function documentId(sha256: string): string {
  return `d_${sha256.slice(0, 24)}`;
}

export interface NewDocument {
  readonly origin: Origin;
  readonly text: string;
  readonly sourceMap?: SourceMap;
  readonly hints?: readonly MetaHint[];
  readonly blocks?: readonly Block[];
  readonly messages?: readonly DocumentMessage[];
}

export function createDocument(input: NewDocument): Document {
  return {
    id: documentId(input.origin.sha256),
    origin: input.origin,
    text: input.text,
    ...(input.sourceMap ? { sourceMap: input.sourceMap } : {}),
    hints: input.hints ?? [],
    blocks: input.blocks ?? [],
    layers: {},
    messages: input.messages ?? [],
  };
}

/** Returns a new document with one layer set (stages never mutate their input). */
export function withLayer(doc: Document, name: string, annotations: readonly Annotation[]): Document {
  return { ...doc, layers: { ...doc.layers, [name]: annotations } };
}

export function withMessages(doc: Document, messages: readonly DocumentMessage[]): Document {
  return messages.length === 0 ? doc : { ...doc, messages: [...doc.messages, ...messages] };
}

export function getLayer<T extends Annotation>(doc: Document, name: string): readonly T[] {
  return (doc.layers[name] ?? []) as readonly T[];
}
