/** Records of the scale corpora and ECB+ as documents with one article each (no pipeline: the copies index is what is measured). */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { articleId, type Article } from '../../src/core/article.js';
import { createDocument, withLayer, type Document } from '../../src/core/document.js';
import { sha256Hex } from '../../src/core/hash.js';

export interface BenchRecord {
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly text: string;
  readonly cluster?: string;
}

export const SCALE = ['scale-reuters21578', 'scale-doj-opa-press-releases', 'scale-senate-press-releases'];

export async function* readRecords(path: string): AsyncGenerator<BenchRecord> {
  const input = createReadStream(path);
  const lines = createInterface({ input: path.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    yield { id: String(r.id), title: (r.title as string | null) ?? null, date: typeof r.date === 'string' ? r.date.slice(0, 10) : null, outlet: (r.outlet as string | null) ?? null, text: String(r.text ?? ''), ...(r.cluster ? { cluster: String(r.cluster) } : {}) };
  }
}

/** A document `title\n\nbody` with one article: the title as its title field, date and outlet as metadata. */
export function recordDocument(r: BenchRecord): Document {
  const head = r.title ? `${r.title}\n\n` : '';
  const text = head + r.text;
  const sha = sha256Hex(`${r.id}\n${text}`);
  const doc = createDocument({ origin: { uri: `bench:${r.id}`, mediaType: 'application/x-ndjson', sha256: sha, byteLength: text.length, encoding: 'utf-8' }, text });
  const meta = (value: string | null, source: string) => (value === null ? null : { value, source, rule: 'bench' });
  const article: Article = {
    start: 0, end: text.length, by: 'bench.v1', rule: 'record', id: articleId(doc.id, 0), document: doc.id,
    title: r.title ? { value: r.title, start: 0, end: r.title.length, source: 'text', rule: 'record-title' } : null,
    date: meta(r.date, 'record:date'), author: null, outlet: meta(r.outlet, 'record:outlet'), url: null, boilerplate: [],
  };
  return withLayer(doc, 'articles', [article]);
}
