import { constants, gunzipSync } from 'node:zlib';

export interface Gunzipped {
  readonly bytes: Uint8Array;
  /** Set when the stream was cut short: `bytes` then holds what could be recovered. */
  readonly truncated: boolean;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip, including multi-member files (WARC.gz is one member per record).
 * A truncated stream is read as far as it goes instead of failing the whole file.
 */
export function gunzip(bytes: Uint8Array, maxOutput: number): Gunzipped {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxOutput }), truncated: false };
  } catch (error) {
    // Only a stream cut short is worth recovering; corrupt data (Z_DATA_ERROR) is an error.
    if ((error as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw error;
    const partial = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxOutput });
    if (partial.length === 0) throw error;
    return { bytes: partial, truncated: true };
  }
}
