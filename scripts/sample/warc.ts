import { WARCRecord, WARCSerializer } from 'warcio';
import { articleHtml } from './html.js';
import type { WikinewsRecord } from './record.js';

/** A small crawl: a warcinfo record, then a request and an HTML response record per page. */
export async function buildWarc(records: readonly WikinewsRecord[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const enc = new TextEncoder();
  const info = await WARCRecord.createWARCInfo({ filename: 'crawl.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'presstrail sample builder' });
  chunks.push(await WARCSerializer.serialize(info, { gzip: true }));
  for (const [i, r] of records.entries()) {
    const warcHeaders = { 'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}>` };
    const date = `${r.date}T10:00:00Z`;
    const html = enc.encode(articleHtml(r));
    async function* payload() { yield html; }
    const response = await WARCRecord.create({ url: r.url, date, type: 'response', warcVersion: 'WARC/1.1', warcHeaders, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, payload());
    chunks.push(await WARCSerializer.serialize(response, { gzip: true }));
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
