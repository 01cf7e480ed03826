import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * The lines of a file (or of stdin for "-"), read as a stream so a dump of any size fits in
 * memory; a gzip file (by its magic bytes) is decompressed on the way. Line numbers start at 1.
 */
export async function* readLines(path: string): AsyncIterable<{ readonly line: string; readonly number: number }> {
  const raw: Readable = path === '-' ? process.stdin : createReadStream(path);
  const input = await maybeGunzip(raw);
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) yield { line, number: ++number };
}

/** Peeks at the first two bytes; 1f 8b is gzip. The peeked bytes are put back in front. */
async function maybeGunzip(stream: Readable): Promise<Readable> {
  const first = await new Promise<Buffer | null>((done, fail) => {
    const onReadable = () => { cleanup(); done(stream.read() as Buffer | null); };
    const onEnd = () => { cleanup(); done(null); };
    const onError = (error: Error) => { cleanup(); fail(error); };
    const cleanup = () => { stream.off('readable', onReadable).off('end', onEnd).off('error', onError); };
    stream.once('readable', onReadable).once('end', onEnd).once('error', onError);
  });
  if (first === null) return Readable.from([]);
  stream.unshift(first);
  return first[0] === 0x1f && first[1] === 0x8b ? stream.pipe(createGunzip()) : stream;
}
