import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readInput } from './read-input.js';

const b = (s: string) => new TextEncoder().encode(s);
const read = (s: string | Uint8Array, name: string) => readInput({ bytes: typeof s === 'string' ? b(s) : s, uri: name }, name);

test('a text dump becomes one document whose text is the file, unchanged', async () => {
  const text = 'Headline one\nApr 09, 2024\n\nBody  with  double spaces.\r\n';
  const r = await read(text, 'dump.txt');
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0]!.text, text);
  assert.equal(r.documents[0]!.origin.mediaType, 'text/plain');
  assert.equal(r.problems.length, 0);
});

test('the same bytes give the same document id, other bytes another', async () => {
  const [a, b2, c] = await Promise.all([read('Same text.', 'a.txt'), read('Same text.', 'b.txt'), read('Other text.', 'c.txt')]);
  assert.equal(a.documents[0]!.id, b2.documents[0]!.id);
  assert.notEqual(a.documents[0]!.id, c.documents[0]!.id);
});

test('JSONL records become documents with title first and hints for the other fields; a bad line is reported and skipped', async () => {
  const lines = [
    JSON.stringify({ title: 'Dam breaks in the north', text: 'Water flooded the valley.', date: '2024-04-09', url: 'https://example.org/dam', outlet: 'Example News', author: ['Ana Lima', 'Bo Chen'] }),
    '{"title": "broken',
    JSON.stringify([1, 2]),
    JSON.stringify({ title: 'No body' }),
  ].join('\n');
  const r = await read(lines, 'export.jsonl');
  assert.equal(r.documents.length, 1);
  const doc = r.documents[0]!;
  assert.equal(doc.text, 'Dam breaks in the north\n\nWater flooded the valley.');
  assert.deepEqual(doc.blocks.map((x) => [x.kind, doc.text.slice(x.start, x.end)]), [['heading', 'Dam breaks in the north']]);
  assert.deepEqual(Object.fromEntries(doc.hints.map((h) => [h.field, h.value])), { title: 'Dam breaks in the north', date: '2024-04-09', url: 'https://example.org/dam', author: 'Ana Lima, Bo Chen', outlet: 'Example News' });
  assert.deepEqual(r.problems.map((p) => p.uri), ['export.jsonl#line=2', 'export.jsonl#line=3', 'export.jsonl#line=4']);
  assert.match(r.problems[0]!.reason, /invalid JSON/);
  assert.match(r.problems[2]!.reason, /no text/);
});

test('gzip of any kind is read as the kind inside', async () => {
  const r = await read(gzipSync(b(JSON.stringify({ title: 'T', text: 'Body.' }) + '\n')), 'export.jsonl.gz');
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0]!.origin.mediaType, 'application/x-ndjson');
});

test('a truncated gzip yields what it holds and a warning naming the file', async () => {
  const full = gzipSync(b('Headline\n\n' + 'A sentence about the flood. '.repeat(400)));
  const r = await read(full.subarray(0, Math.floor(full.length * 0.6)), 'dump.txt.gz');
  assert.equal(r.problems[0]?.uri, 'dump.txt.gz');
  assert.match(r.problems[0]!.reason, /truncated gzip/);
  assert.equal(r.documents.length, 1);
});

test('a corrupt gzip is an error naming the file, not a crash', async () => {
  const r = await read(Uint8Array.from([0x1f, 0x8b, 0x08, 1, 2, 3, 4, 5, 6, 7]), 'bad.gz');
  assert.equal(r.documents.length, 0);
  assert.match(r.problems[0]!.reason, /not a valid gzip file|truncated/);
});

test('binary and empty files are errors that name the problem', async () => {
  const png = await read(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), 'photo.png');
  assert.match(png.problems[0]!.reason, /binary file/);
  const empty = await read('', 'empty.txt');
  assert.match(empty.problems[0]!.reason, /empty file/);
});

test('invalid UTF-8 in a text file is decoded as windows-1252 with a warning', async () => {
  const r = await read(Uint8Array.from(Buffer.from('The caf\xe9 reopened on Tuesday, the mayor said.', 'latin1')), 'latin.txt');
  assert.equal(r.documents[0]!.text, 'The café reopened on Tuesday, the mayor said.');
  assert.equal(r.problems[0]!.severity, 'warning');
});
