import { WARCParser } from 'warcio';
import { charsetOf } from '../decode.js';
import { problem, type ReadResult, type ReaderInput } from '../reader.js';
import { readHtmlPage } from './html-reader.js';
import { scanWarc } from './warc-scan.js';

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/i;

/**
 * Runs the parser with console.warn captured: warcio reports malformed records (wrong
 * Content-Length) on the console, and we want them as problems naming the file instead.
 */
async function withCapturedWarnings<T>(run: () => Promise<T>, warnings: string[]): Promise<T> {
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return await run();
  } finally {
    console.warn = original;
  }
}

/**
 * WARC files (already decompressed): every HTML response or resource record becomes one
 * document read as an HTML page. Other records (requests, metadata, images) are skipped.
 */
export async function readWarc(input: ReaderInput): Promise<ReadResult> {
  if (!/^\s*WARC\/\d/.test(new TextDecoder('latin1').decode(input.bytes.subarray(0, 64)))) {
    return { documents: [], problems: [problem(input.uri, 'not a WARC file: it does not start with a WARC/1.x record header')] };
  }
  const result: ReadResult = { documents: [], problems: [] };
  const scan = scanWarc(input.bytes);
  if (scan.problem) result.problems.push(problem(input.uri, `malformed WARC: ${scan.problem}; the ${scan.records} records before it are read`));
  const warnings: string[] = [];
  let index = 0;
  try {
    await withCapturedWarnings(async () => {
      for await (const record of new WARCParser([input.bytes.subarray(0, scan.validEnd)])) {
        index++;
        if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
        const contentType = record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? '';
        const status = Number(record.httpHeaders?.statusCode ?? 200);
        if (!HTML_TYPES.test(contentType) || status < 200 || status >= 300) {
          await record.skipFully();
          continue;
        }
        const id = record.warcHeader('WARC-Record-ID')?.replace(/^<|>$/g, '') ?? `n${index}`;
        const uri = `${input.uri}#record=${id}`;
        const payload = await record.readFully(true);
        const page = readHtmlPage({
          bytes: payload,
          uri,
          container: { uri: input.uri, mediaType: 'application/warc' },
          ...(charsetOf(contentType) ? { httpCharset: charsetOf(contentType)! } : {}),
          ...(record.warcTargetURI ? { url: record.warcTargetURI } : {}),
        });
        result.documents.push(...page.documents);
        result.problems.push(...page.problems);
      }
    }, warnings);
  } catch (error) {
    result.problems.push(problem(input.uri, `malformed WARC after record ${index}: ${(error as Error).message}`));
  }
  for (const w of warnings) result.problems.push(problem(input.uri, `malformed WARC record: ${w}`, 'warning'));
  return result;
}

