import { createDocument, type Document } from '../../../core/document.js';
import { message } from '../../../core/diagnostics.js';
import { decodeBytes } from '../decode.js';
import { problem, type ReadResult, type ReaderInput, inputOrigin } from '../reader.js';

/**
 * Plain text and Markdown: the document text is the decoded file, unchanged (only a byte-order
 * mark is dropped), so every offset points into the user's own file.
 */
export function readText(input: ReaderInput, mediaType: 'text/plain' | 'text/markdown'): ReadResult {
  const decoded = decodeBytes(input.bytes, input.httpCharset ? { httpCharset: input.httpCharset } : {});
  if (decoded.text.trim().length === 0) return { documents: [], problems: [problem(input.uri, 'empty file: no text to read')] };
  const messages = decoded.warning ? [message('ingest.text', 'encoding', decoded.warning)] : [];
  const doc: Document = createDocument({
    origin: inputOrigin(input, mediaType, decoded),
    text: decoded.text,
    messages,
  });
  return { documents: [doc], problems: decoded.warning ? [problem(input.uri, decoded.warning, 'warning')] : [] };
}
