import { PresstrailError } from '../../core/errors.js';
import type { Credit } from './04-credits.js';
import type { Paragraph } from './02-paragraphs.js';
import type { EntryBody } from './05-entry.js';

/**
 * An article's paragraphs and credits as bytes, for the copy index: what verification, drift and
 * lineage read of a stored candidate. Offsets are LEB128 varints relative to the previous offset
 * (a word starts a space or two after the last one ends, so most take one byte); word hashes are
 * 4 bytes each. About 6 bytes a word.
 */
const VERSION = 1;

class Writer {
  private buf = new Uint8Array(4096);
  private n = 0;
  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }
  byte(x: number): void { this.room(1); this.buf[this.n++] = x; }
  varint(x: number): void {
    this.room(5);
    while (x >= 0x80) { this.buf[this.n++] = (x & 0x7f) | 0x80; x >>>= 7; }
    this.buf[this.n++] = x;
  }
  u32(x: number): void {
    this.room(4);
    this.buf[this.n++] = x & 0xff; this.buf[this.n++] = (x >>> 8) & 0xff; this.buf[this.n++] = (x >>> 16) & 0xff; this.buf[this.n++] = x >>> 24;
  }
  string(s: string): void { const b = Buffer.from(s, 'utf8'); this.varint(b.length); this.room(b.length); this.buf.set(b, this.n); this.n += b.length; }
  bytes(): Uint8Array { return this.buf.slice(0, this.n); }
}

class Reader {
  at = 0;
  constructor(private readonly buf: Uint8Array) {}
  byte(): number { return this.buf[this.at++]!; }
  varint(): number {
    let x = 0, shift = 0, b: number;
    do { b = this.buf[this.at++]!; x += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return x;
  }
  u32(): number {
    const b = this.buf, i = this.at;
    this.at += 4;
    return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
  }
  string(): string { const n = this.varint(); const s = Buffer.from(this.buf.buffer, this.buf.byteOffset + this.at, n).toString('utf8'); this.at += n; return s; }
  get done(): boolean { return this.at >= this.buf.length; }
}

function writeParagraph(w: Writer, p: Paragraph, after: number): void {
  w.varint(p.start - after); w.varint(p.end - p.start);
  w.u32(parseInt(p.hash.slice(0, 8), 16)); w.u32(parseInt(p.hash.slice(8, 16), 16));
  w.byte(p.standing ? 1 : 0);
  w.varint(p.quotes.length / 2);
  for (let k = 0; k < p.quotes.length; k += 2) { w.varint(p.quotes[k]! - p.start); w.varint(p.quotes[k + 1]! - p.quotes[k]!); }
  w.varint(p.words.length);
  for (let i = 0; i < p.words.length; i++) w.u32(p.words[i]!);
  let prev = p.start;
  for (let i = 0; i < p.words.length; i++) { w.varint(p.starts[i]! - prev); w.varint(p.ends[i]! - p.starts[i]!); prev = p.ends[i]!; }
}

function readParagraph(r: Reader, after: number): Paragraph {
  const start = after + r.varint(), end = start + r.varint();
  const hash = r.u32().toString(16).padStart(8, '0') + r.u32().toString(16).padStart(8, '0');
  const standing = r.byte() === 1;
  const quotes = new Uint32Array(2 * r.varint());
  for (let k = 0; k < quotes.length; k += 2) { quotes[k] = start + r.varint(); quotes[k + 1] = quotes[k]! + r.varint(); }
  const n = r.varint();
  const words = new Uint32Array(n), starts = new Uint32Array(n), ends = new Uint32Array(n);
  for (let i = 0; i < n; i++) words[i] = r.u32();
  let prev = start;
  for (let i = 0; i < n; i++) { starts[i] = prev + r.varint(); ends[i] = starts[i]! + r.varint(); prev = ends[i]!; }
  return { start, end, hash, words, starts, ends, quotes, standing };
}

/** The paragraphs and credits of an entry as bytes (the rest of EntryBody is kept in columns). */
export function encodeEntryBody(e: Pick<EntryBody, 'paragraphs' | 'credits'>): Uint8Array {
  const w = new Writer();
  w.byte(VERSION);
  w.varint(e.paragraphs.length);
  let after = 0;
  for (const p of e.paragraphs) { writeParagraph(w, p, after); after = p.end; }
  w.varint(e.credits.length);
  for (const c of e.credits) { w.string(c.rule); w.varint(c.start); w.varint(c.end - c.start); w.string(c.names); }
  return w.bytes();
}

export type EntryColumns = Omit<EntryBody, 'paragraphs' | 'credits'>;

/** An entry read back from the index: its columns and its encoded paragraphs and credits. */
export function decodeEntryBody(columns: EntryColumns, bytes: Uint8Array): EntryBody {
  const r = new Reader(bytes);
  if (r.byte() !== VERSION) throw new PresstrailError('PT-E021', `The copy index entry of ${columns.article} was written by another version of presstrail (format ${bytes[0]}, this one reads ${VERSION}). Open the store with the version that wrote it.`);
  const paragraphs: Paragraph[] = [];
  let after = 0;
  for (let k = r.varint(); k > 0; k--) { const p = readParagraph(r, after); paragraphs.push(p); after = p.end; }
  const credits: Credit[] = [];
  for (let k = r.varint(); k > 0; k--) {
    const rule = r.string(), start = r.varint(), end = start + r.varint();
    credits.push({ rule, start, end, names: r.string() });
  }
  if (!r.done) throw new PresstrailError('PT-E021', `The copy index entry of ${columns.article} is damaged (bytes left over). Restore the store from a backup, or ingest into a new store.`);
  return { ...columns, paragraphs, credits };
}
