import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultPipeline } from '../src/default-pipeline.js';
import { ingestFiles } from '../src/service/ingest-files.js';
import { listInputs } from '../src/service/list-inputs.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { exportStore } from '../src/export/export-store.js';
import type { Store } from '../src/store/store.js';
import { tempDir } from './cli-helpers.js';

const GOOD = 'Tram line extension approved\nFebruary 5, 2024\nBy Tomasz Nowak\n\nCouncillors voted 31 to 18 on Monday to extend the tram line to the new hospital.\n\nThe extension will add four stops and open in 2028, the council said.\n';

/** One folder holding every kind of bad input next to one good file. */
function badFolder(): { dir: string; expected: Record<string, RegExp> } {
  const dir = tempDir();
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  w('good.txt', GOOD);
  w('photo.jpg.txt', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]));
  w('empty.txt', '');
  w('truncated.txt.gz', gzipSync(GOOD.repeat(50)).subarray(0, 200));
  w('corrupt.jsonl.gz', Uint8Array.from([0x1f, 0x8b, 0x08, 0, 9, 9, 9, 9, 9, 9]));
  w('malformed.rss', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut off');
  w('broken.warc', 'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>short</p>');
  w('records.jsonl', `${JSON.stringify({ title: 'Dam repaired', text: 'The dam was repaired on Friday, engineers said.' })}\n{broken\n`);
  w('scripts-only.html', '<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>');
  w('huge.txt', 'x'.repeat(2 * 1024 * 1024));
  return {
    dir,
    expected: {
      'photo.jpg.txt': /binary file/,
      'empty.txt': /empty file/,
      'truncated.txt.gz': /truncated gzip/,
      'corrupt.jsonl.gz': /not a valid gzip file/,
      'malformed.rss': /malformed feed/,
      'broken.warc': /WARC/,
      'records.jsonl#line=2': /invalid JSON/,
      'scripts-only.html': /no readable text/,
      'huge.txt': /over the \d+ byte limit/,
    },
  };
}

async function exportOf(store: Store): Promise<string> {
  let out = '';
  await exportStore(store, { format: 'jsonl', text: true, generator: 'test' }, (c) => { out += c; });
  return out;
}

test('each bad input gets one line naming the file and the problem, and the batch goes on', async () => {
  const { dir, expected } = badFolder();
  const store = SqliteStore.open(join(tempDir(), 'p.db'));
  const summary = await ingestFiles(store, listInputs([dir]).files, { stages: defaultPipeline, maxBytes: 1024 * 1024 });
  for (const [name, reason] of Object.entries(expected)) {
    const lines = summary.problems.filter((p) => p.uri === join(dir, name));
    assert.ok(lines.length >= 1, `no problem reported for ${name}; got:\n${summary.problems.map((p) => `${p.uri}: ${p.reason}`).join('\n')}`);
    assert.ok(lines.some((p) => reason.test(p.reason)), `${name}: ${lines.map((l) => l.reason).join(' | ')}`);
    for (const l of lines) assert.doesNotMatch(l.reason, /\n/);
  }
  const titles = (await store.listArticles({ limit: 100 })).map((a) => a.title);
  assert.ok(titles.includes('Tram line extension approved'), `stored: ${titles.join(', ')}`);
  assert.ok(titles.includes('Dam repaired'));
  await store.close();
});

test('re-ingesting the same folder, bad files included, stores nothing twice and loses nothing', async () => {
  const { dir } = badFolder();
  const path = join(tempDir(), 'p.db');
  const store = SqliteStore.open(path);
  const files = listInputs([dir]).files;
  await ingestFiles(store, files, { stages: defaultPipeline, maxBytes: 1024 * 1024 });
  const first = await exportOf(store);
  const again = await ingestFiles(store, files, { stages: defaultPipeline, maxBytes: 1024 * 1024 });
  assert.equal(again.documentsAdded, 0);
  assert.equal(await exportOf(store), first);
  await store.close();
  const reopened = SqliteStore.open(path);
  assert.equal(await exportOf(reopened), first);
  await reopened.close();
});

test('the same file under another name is recognised and stored once', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), GOOD);
  mkdirSync(join(dir, 'copy'));
  writeFileSync(join(dir, 'copy', 'b.txt'), GOOD);
  const store = SqliteStore.open(':memory:');
  const summary = await ingestFiles(store, listInputs([dir]).files, { stages: defaultPipeline });
  assert.equal(summary.documentsAdded, 1);
  assert.equal(summary.unchanged, 1);
  assert.equal(await store.countArticles(), 1);
  await store.close();
});

test('a folder of 10,000 files is read file by file without stopping', async () => {
  const dir = tempDir();
  for (let i = 0; i < 10_000; i++) {
    writeFileSync(join(dir, `f${String(i).padStart(5, '0')}.txt`), i % 1000 === 7 ? '' : `Note ${i}\n\nThe council met on day ${i} and approved item ${i}.\n`);
  }
  const store = SqliteStore.open(':memory:');
  const filesDone = new Set<number>();
  const summary = await ingestFiles(store, listInputs([dir]).files, { stages: defaultPipeline, onProgress: (p) => { filesDone.add(p.filesDone); } });
  assert.equal(summary.files, 10_000);
  assert.equal(summary.documentsAdded, 9_990);
  assert.equal(summary.problems.length, 10);
  assert.equal(filesDone.size, 10_001, 'progress is reported for every file, from 0 to 10,000 done');
  await store.close();
});

test('arguments that name nothing are reported, not fatal', () => {
  const listing = listInputs([join(tempDir(), 'missing-folder'), '/nonexistent/*.html']);
  assert.deepEqual(listing.missing.map((m) => m.reason), ['no such file or folder', 'pattern matches no files']);
});

test('quoted glob patterns expand to the files they match, each once', () => {
  const dir = tempDir();
  for (const name of ['a.html', 'b.html', 'c.txt']) writeFileSync(join(dir, name), '<p>x</p>');
  const listing = listInputs([`${dir}/*.html`, join(dir, 'a.html')]);
  assert.deepEqual(listing.files.map((f) => f.path.slice(dir.length + 1)), ['a.html', 'b.html']);
  assert.deepEqual(listing.missing, []);
});
