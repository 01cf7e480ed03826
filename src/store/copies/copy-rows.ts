import type { CopyPair } from '../../core/copy.js';

/** Signatures travel as little-endian bytes (BLOB / bytea). */
export function signatureBytes(sig: Uint32Array): Buffer {
  const out = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => out.writeUInt32LE(v, i * 4));
  return out;
}

/** Band keys (signed 32-bit) as little-endian bytes, and back. */
export function bandBytes(keys: readonly number[]): Buffer {
  const out = Buffer.alloc(keys.length * 4);
  keys.forEach((v, i) => out.writeInt32LE(v, i * 4));
  return out;
}

export function bandsOfBytes(bytes: Uint8Array): number[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: b.length / 4 }, (_, i) => b.readInt32LE(i * 4));
}

/** Adds `value` to the list under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

export function pairColumns(p: CopyPair): unknown[] {
  return [p.id, p.a.article, p.a.start, p.a.end, p.b.article, p.b.start, p.b.end, p.similarity, p.match, p.direction, p.kind, JSON.stringify(p)];
}

/** Array in chunks, so one statement never binds more parameters than a backend allows. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Whether a replaced document keeps the articles it was indexed with (the stored articles layer as JSON, or null). */
export function sameArticles(stored: string | null, articles: readonly unknown[] | undefined): boolean {
  return JSON.stringify(stored === null ? [] : JSON.parse(stored)) === JSON.stringify(articles ?? []);
}
