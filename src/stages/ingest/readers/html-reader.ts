import { createDocument } from '../../../core/document.js';
import { message } from '../../../core/diagnostics.js';
import { decodeBytes } from '../decode.js';
import { readHtml } from '../html/index.js';
import { problem, type ReadResult, type ReaderInput, inputOrigin } from '../reader.js';

/** One saved HTML page: decoded (HTTP charset, meta charset, detection), then main text extracted. */
export function readHtmlPage(input: ReaderInput): ReadResult {
  const decoded = decodeBytes(input.bytes, { markup: true, ...(input.httpCharset ? { httpCharset: input.httpCharset } : {}) });
  const page = readHtml(decoded.text, input.url ? { url: input.url } : {});
  if (page.text.trim().length === 0) {
    return { documents: [], problems: [problem(input.uri, 'no readable text found in the HTML page')] };
  }
  const messages = decoded.warning ? [...page.messages, message('ingest.html', 'encoding', decoded.warning)] : page.messages;
  const doc = createDocument({
    origin: inputOrigin(input, 'text/html', decoded),
    text: page.text,
    sourceMap: page.sourceMap,
    hints: page.hints,
    blocks: page.blocks,
    messages,
  });
  return { documents: [doc], problems: decoded.warning ? [problem(input.uri, decoded.warning, 'warning')] : [] };
}
