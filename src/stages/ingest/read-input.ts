import { detectKind, type InputKind } from './input-kind.js';
import { gunzip } from './gunzip.js';
import { problem, type ReadResult, type ReaderInput } from './reader.js';
import { readText } from './readers/text-reader.js';
import { readJsonl } from './readers/jsonl-reader.js';
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
  const kind = detectKind(input.bytes, name);
  if (kind === 'gzip') return readGzip(input, name, options);
  return readKind(kind, input);
}

async function readGzip(input: ReaderInput, name: string, options: ReadOptions): Promise<ReadResult> {
  let inner;
  try {
    inner = gunzip(input.bytes, options.maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ERR_BUFFER_TOO_LARGE' ? `decompresses to more than the ${options.maxBytes} byte limit` : `not a valid gzip file (${(error as Error).message})`;
    return { documents: [], problems: [problem(input.uri, reason)] };
  }
  const innerName = stripGz(name);
  const innerKind = detectKind(inner.bytes, innerName);
  if (innerKind === 'gzip') return { documents: [], problems: [problem(input.uri, 'gzip inside gzip is not read')] };
  const result = await readKind(innerKind, { ...input, bytes: inner.bytes });
  if (inner.truncated) result.problems.unshift(problem(input.uri, `truncated gzip: read the ${inner.bytes.length} bytes before the cut`, 'warning'));
  return result;
}

async function readKind(kind: Exclude<InputKind, 'gzip'>, input: ReaderInput): Promise<ReadResult> {
  switch (kind) {
    case 'empty':
      return { documents: [], problems: [problem(input.uri, 'empty file')] };
    case 'binary':
      return { documents: [], problems: [problem(input.uri, 'binary file: not text, HTML, a feed, WARC or JSONL')] };
    case 'text':
      return readText(input, 'text/plain');
    case 'markdown':
      return readText(input, 'text/markdown');
    case 'html':
      return readHtmlPage(input);
    case 'feed':
      return readFeed(input);
    case 'jsonl':
      return readJsonl(input);
    case 'warc':
      return readWarc(input);
  }
}
