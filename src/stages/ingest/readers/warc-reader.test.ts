import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWarc } from './warc-reader.js';

const enc = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

function record(type: string, uri: string, block: string, id: string): string {
  return `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Record-ID: <urn:uuid:${id}>\r\nContent-Type: application/http; msgtype=${type}\r\nContent-Length: ${Buffer.byteLength(block, 'latin1')}\r\n\r\n${block}\r\n\r\n`;
}

const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>${body}</p></article></body></html>`;
const http = (type: string, html: string, status = '200 OK') => `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\n\r\n${html}`;

test('HTML response records become documents; requests, images and errors are skipped', async () => {
  const warc = [
    record('request', 'https://news.example/a', 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n', 'req-1'),
    record('response', 'https://news.example/a', http('text/html; charset=windows-1252', page('Caf\xe9 owners protest rent rise', 'Owners of the caf\xe9s marched through the old town on Saturday.')), 'res-1'),
    record('response', 'https://news.example/logo.png', http('image/png', '\x89PNG'), 'res-2'),
    record('response', 'https://news.example/gone', http('text/html', page('Gone', 'Not here.'), '404 Not Found'), 'res-3'),
  ].join('');
  const r = await readWarc({ bytes: enc(warc), uri: 'crawl.warc' });
  assert.equal(r.documents.length, 1);
  const doc = r.documents[0]!;
  assert.equal(doc.origin.uri, 'crawl.warc#record=urn:uuid:res-1');
  assert.equal(doc.origin.url, 'https://news.example/a');
  assert.equal(doc.origin.encoding, 'windows-1252');
  assert.match(doc.text, /Owners of the cafés marched/);
});

test('a file that is not WARC is an error naming it', async () => {
  const r = await readWarc({ bytes: enc('hello there'), uri: 'fake.warc' });
  assert.equal(r.documents.length, 0);
  assert.ok(r.problems.some((p) => p.uri === 'fake.warc' && p.severity === 'error'));
});

test('a record whose Content-Length is wrong is reported and the records before it are kept', async () => {
  const good = record('response', 'https://news.example/a', http('text/html', page('River rises', 'The river rose two metres overnight.')), 'ok-1');
  const bad = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/b\r\nContent-Length: 10\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>longer than ten</p>\r\n\r\n`;
  const r = await readWarc({ bytes: enc(good + bad), uri: 'damaged.warc' });
  assert.equal(r.documents.length, 1);
  assert.ok(r.problems.some((p) => p.uri === 'damaged.warc' && /malformed WARC/.test(p.reason)));
});
