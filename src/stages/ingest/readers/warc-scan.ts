/**
 * Checks WARC record framing before the parser sees it: every record must start with a
 * `WARC/x.y` line, declare a Content-Length, and have that many bytes. warcio waits forever
 * on a record cut short, so we hand it only the records that are whole and report the rest.
 */
export interface WarcScan {
  /** Bytes [0, validEnd) hold whole records. */
  readonly validEnd: number;
  readonly records: number;
  readonly problem?: string;
}

const latin1 = new TextDecoder('latin1');
const HEADER_END = [13, 10, 13, 10];

function indexOfHeaderEnd(bytes: Uint8Array, from: number, limit: number): number {
  const end = Math.min(bytes.length - 3, limit);
  for (let i = from; i < end; i++) {
    if (bytes[i] === HEADER_END[0] && bytes[i + 1] === HEADER_END[1] && bytes[i + 2] === HEADER_END[2] && bytes[i + 3] === HEADER_END[3]) return i;
  }
  return -1;
}

function skipLineBreaks(bytes: Uint8Array, at: number): number {
  while (at < bytes.length && (bytes[at] === 13 || bytes[at] === 10)) at++;
  return at;
}

const MAX_HEADER = 64 * 1024;

export function scanWarc(bytes: Uint8Array): WarcScan {
  let at = skipLineBreaks(bytes, 0);
  let records = 0;
  while (at < bytes.length) {
    if (latin1.decode(bytes.subarray(at, at + 5)) !== 'WARC/') return { validEnd: at, records, problem: `record ${records + 1} does not start with a WARC/1.x line (byte ${at})` };
    const headerEnd = indexOfHeaderEnd(bytes, at, at + MAX_HEADER);
    if (headerEnd < 0) return { validEnd: at, records, problem: `record ${records + 1} has no end to its header block (byte ${at})` };
    const header = latin1.decode(bytes.subarray(at, headerEnd));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(header)?.[1];
    if (length === undefined) return { validEnd: at, records, problem: `record ${records + 1} has no Content-Length (byte ${at})` };
    const end = headerEnd + 4 + Number(length);
    if (end > bytes.length) return { validEnd: at, records, problem: `record ${records + 1} is cut short: Content-Length ${length}, only ${bytes.length - headerEnd - 4} bytes left` };
    records++;
    at = skipLineBreaks(bytes, end);
  }
  return { validEnd: bytes.length, records };
}
