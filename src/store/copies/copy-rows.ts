import type { CopyPair } from '../../core/copy.js';

/** Signatures travel as little-endian bytes (BLOB / bytea). */
export function signatureBytes(sig: Uint32Array): Buffer {
  const out = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => out.writeUInt32LE(v, i * 4));
  return out;
}

export function pairColumns(p: CopyPair): unknown[] {
  return [p.id, p.a.article, p.a.start, p.a.end, p.b.article, p.b.start, p.b.end, p.similarity, p.match, p.direction, JSON.stringify(p)];
}

/** Array in chunks, so one statement never binds more parameters than a backend allows. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
