import { detectKind, type InputKind } from './input-kind.js';
import { gunzip } from './gunzip.js';
import { problem, type ReadItem, type ReadResult, type ReaderInput } from './reader.js';
import { readText } from './readers/text-reader.js';
import { jsonlItems } from './readers/jsonl-reader.js';
import { readFeed } from './readers/feed-reader.js';
import { readWarc } from './readers/warc-reader.js';
import { readHtmlPage } from './readers/html-reader.js';

export interface ReadOptions {
  /** Largest decompressed input read, in bytes. */
  readonly maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

function stripGz(name: string): string {
  return name.replace(/\.gz$/i, '').replace(/\.tgz$/i, '.tar');
}

/**
 * Reads one input's bytes into documents, whatever its kind. Never throws for bad input:
 * every problem comes back as a one-line IngestProblem naming the input.
 */
export async function readInput(input: ReaderInput, name: string, options: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES }): Promise<ReadResult> {
  const result: ReadResult = { documents: [], problems: [] };
  for await (const item of streamInput(input, name, options)) {
    if ('document' in item) result.documents.push(item.document);
    else result.problems.push(item.problem);
  }
  return result;
}

/** The same, one document or problem at a time: JSONL exports are read line by line. */
export async function* streamInput(input: ReaderInput, name: string, options: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES }): AsyncGenerator<ReadItem> {
  const kind = detectKind(input.bytes, name);
  if (kind !== 'gzip') {
    yield* readKind(kind, input);
    return;
  }
  let inner;
  try {
    inner = gunzip(input.bytes, options.maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ERR_BUFFER_TOO_LARGE' ? `decompresses to more than the ${options.maxBytes} byte limit` : `not a valid gzip file (${(error as Error).message})`;
    yield { problem: problem(input.uri, reason) };
    return;
  }
  if (inner.truncated) yield { problem: problem(input.uri, `truncated gzip: read the ${inner.bytes.length} bytes before the cut`, 'warning') };
  const innerName = stripGz(name);
  const innerKind = detectKind(inner.bytes, innerName);
  if (innerKind === 'gzip') yield { problem: problem(input.uri, 'gzip inside gzip is not read') };
  else yield* readKind(innerKind, { ...input, bytes: inner.bytes });
}

function* items(result: ReadResult): Generator<ReadItem> {
  for (const problem of result.problems) yield { problem };
  for (const document of result.documents) yield { document };
}

async function* readKind(kind: Exclude<InputKind, 'gzip'>, input: ReaderInput): AsyncGenerator<ReadItem> {
  switch (kind) {
    case 'empty':
      return yield { problem: problem(input.uri, 'empty file') };
    case 'binary':
      return yield { problem: problem(input.uri, 'binary file: not text, HTML, a feed, WARC or JSONL') };
    case 'jsonl':
      return yield* jsonlItems(input);
    case 'text':
      return yield* items(readText(input, 'text/plain'));
    case 'markdown':
      return yield* items(readText(input, 'text/markdown'));
    case 'html':
      return yield* items(readHtmlPage(input));
    case 'feed':
      return yield* items(readFeed(input));
    case 'warc':
      return yield* items(await readWarc(input));
  }
}
