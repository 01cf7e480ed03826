import { sha256Hex } from '../../../core/hash.js';
import { decodeBytes } from '../decode.js';
import { readHtml } from '../html/index.js';
import { problem, type ReadItem, type ReaderInput } from '../reader.js';
import { hint, recordDocument } from './record-document.js';
import type { MetaHint } from '../../../core/document.js';

/** Field names other tools use for each value, most common first. */
export const RECORD_FIELDS = {
  title: ['title', 'headline', 'name'],
  text: ['text', 'body', 'content', 'maintext', 'article', 'articleBody', 'full_text', 'description'],
  html: ['html', 'raw_html', 'content_html'],
  date: ['date', 'published', 'publish_date', 'date_publish', 'datePublished', 'pubDate', 'published_at', 'timestamp'],
  url: ['url', 'link', 'source_url', 'canonical_url'],
  author: ['author', 'authors', 'byline', 'creator'],
  outlet: ['outlet', 'source', 'site', 'site_name', 'publisher', 'domain', 'media'],
} as const;

function pick(record: Record<string, unknown>, names: readonly string[]): { name: string; value: unknown } | null {
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return { name, value };
  }
  return null;
}

/** Authors given as a list or as objects with a name are joined into one display value. */
function flatten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flatten).filter((v) => typeof v === 'string' && v.length > 0).join(', ');
  if (value && typeof value === 'object' && 'name' in value) return (value as { name: unknown }).name;
  return value;
}

function recordHints(record: Record<string, unknown>): MetaHint[] {
  const out: MetaHint[] = [];
  for (const field of ['date', 'url', 'author', 'outlet'] as const) {
    const found = pick(record, RECORD_FIELDS[field]);
    if (found) out.push(...hint(field, flatten(found.value), `record:${found.name}`));
  }
  return out;
}

/**
 * JSON Lines exports, lazily: one document (or problem) per line, so exports too large to hold as
 * documents stream through; a bad line is reported and the rest goes on. Lines are cut from the bytes and decoded one by one, so a large export is never
 * held as one big string; a line that is not valid UTF-8 is decoded on its own (with a warning).
 */
export function* jsonlItems(input: ReaderInput): Generator<ReadItem> {
  const bytes = input.bytes;
  let found = false;
  let lineStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let index = 0; lineStart <= bytes.length; index++) {
    const newline = bytes.indexOf(0x0a, lineStart);
    const lineEnd = newline < 0 ? bytes.length : newline;
    const lineBytes = bytes.subarray(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (isBlank(lineBytes)) continue;
    found = true;
    const uri = `${input.uri}#line=${index + 1}`;
    const decoded = decodeBytes(lineBytes);
    if (decoded.warning) yield { problem: problem(uri, decoded.warning, 'warning') };
    yield lineItem(decoded.text.replace(/\r$/, ''), uri, input, decoded.encoding);
  }
  if (!found) yield { problem: problem(input.uri, 'empty file: no records') };
}

function isBlank(line: Uint8Array): boolean {
  for (const b of line) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

function lineItem(line: string, uri: string, input: ReaderInput, encoding: string): ReadItem {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { problem: problem(uri, `invalid JSON: ${(error as Error).message}`) };
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { problem: problem(uri, 'not a JSON object: expected {"title", "text", ...}') };
  }
  const doc = recordToDocument(record as Record<string, unknown>, line, uri, input, encoding);
  return typeof doc === 'string' ? { problem: problem(uri, doc) } : { document: doc };
}

function recordToDocument(record: Record<string, unknown>, line: string, uri: string, input: ReaderInput, encoding: string) {
  const title = flatten(pick(record, RECORD_FIELDS.title)?.value);
  const text = pick(record, RECORD_FIELDS.text);
  const html = pick(record, RECORD_FIELDS.html);
  const url = pick(record, RECORD_FIELDS.url)?.value;
  const origin = {
    uri,
    mediaType: 'application/x-ndjson',
    sha256: sha256Hex(line),
    byteLength: Buffer.byteLength(line),
    encoding,
    container: { uri: input.uri, mediaType: 'application/x-ndjson' },
    ...(typeof url === 'string' ? { url } : {}),
  };
  const hints = [...hint('title', title, 'record:title'), ...recordHints(record)];
  if (text && typeof text.value === 'string' && text.value.trim().length > 0) {
    return recordDocument({ origin, title: typeof title === 'string' ? title : '', body: text.value, hints });
  }
  if (html && typeof html.value === 'string') {
    const page = readHtml(html.value, typeof url === 'string' ? { url } : {});
    return recordDocument({ origin, title: '', body: page.text, bodyBlocks: page.blocks, bodySourceMap: page.sourceMap, hints: [...hints, ...page.hints], messages: page.messages });
  }
  return `no text: expected one of the fields ${RECORD_FIELDS.text.join(', ')} (or ${RECORD_FIELDS.html.join(', ')})`;
}
