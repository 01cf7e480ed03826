import { sha256Hex } from '../../../core/hash.js';
import { decodeBytes } from '../decode.js';
import { readHtml } from '../html/index.js';
import { problem, type ReadResult, type ReaderInput } from '../reader.js';
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

/** JSON Lines exports: one record per line; a bad line is reported and the rest goes on. */
export function readJsonl(input: ReaderInput): ReadResult {
  const decoded = decodeBytes(input.bytes);
  const result: ReadResult = { documents: [], problems: [] };
  const lines = decoded.text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const uri = `${input.uri}#line=${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      result.problems.push(problem(uri, `invalid JSON: ${(error as Error).message}`));
      return;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      result.problems.push(problem(uri, 'not a JSON object: expected {"title", "text", ...}'));
      return;
    }
    const doc = recordToDocument(record as Record<string, unknown>, line, uri, input, decoded.encoding);
    if (typeof doc === 'string') result.problems.push(problem(uri, doc));
    else result.documents.push(doc);
  });
  if (result.documents.length === 0 && result.problems.length === 0) result.problems.push(problem(input.uri, 'empty file: no records'));
  return result;
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
