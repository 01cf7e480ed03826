import type { Document, Origin } from '../../core/document.js';
import { sha256Hex } from '../../core/hash.js';
import type { Decoded } from './decode.js';

/** One input file, or one record inside a container, ready to read. Pure data: no I/O happens in readers. */
export interface ReaderInput {
  readonly bytes: Uint8Array;
  /** Path or URL the user gave, possibly with a `#record=` fragment. */
  readonly uri: string;
  readonly container?: { readonly uri: string; readonly mediaType: string };
  /** Charset from an HTTP header, when the bytes came out of a WARC response. */
  readonly httpCharset?: string;
  /** URL the bytes were fetched from. */
  readonly url?: string;
}

/** A problem with one input or record: one line naming the input and what is wrong. */
export interface IngestProblem {
  readonly uri: string;
  readonly reason: string;
  /** `error`: the input (or record) produced nothing; `warning`: it was read, with a caveat. */
  readonly severity: 'error' | 'warning';
}

export interface ReadResult {
  readonly documents: Document[];
  readonly problems: IngestProblem[];
}

/** What a reader yields, one at a time, so a large container is never held as documents all at once. */
export type ReadItem = { readonly document: Document } | { readonly problem: IngestProblem };

export function problem(uri: string, reason: string, severity: IngestProblem['severity'] = 'error'): IngestProblem {
  return { uri, reason, severity };
}



/** The origin of a document read from a whole input (a file, or one WARC record's payload). */
export function inputOrigin(input: ReaderInput, mediaType: string, decoded: Decoded): Origin {
  return {
    uri: input.uri,
    mediaType,
    sha256: sha256Hex(input.bytes),
    byteLength: input.bytes.length,
    encoding: decoded.encoding,
    encodingSource: decoded.source,
    ...(input.container ? { container: input.container } : {}),
    ...(input.url ? { url: input.url } : {}),
  };
}
