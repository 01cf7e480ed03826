import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { cli, tempDir } from './cli-helpers.js';

const SAMPLE = new URL('../sample/corpus/', import.meta.url).pathname;

function jsonl(out: string): Array<Record<string, unknown>> {
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

test('ingest reads the whole sample corpus and a second ingest is a no-op', async () => {
  const db = join(tempDir(), 'p.db');
  const first = await cli('ingest', SAMPLE, '--db', db, '--json');
  assert.equal(first.code, 0, first.err);
  const summary = JSON.parse(first.out);
  assert.ok(summary.documentsAdded >= 40, `only ${summary.documentsAdded} documents`);
  assert.equal(summary.failed, 0);
  const before = await cli('export', '--db', db);
  const again = JSON.parse((await cli('ingest', SAMPLE, '--db', db, '--json')).out);
  assert.equal(again.documentsAdded, 0);
  assert.equal(again.unchanged, again.files);
  assert.equal((await cli('export', '--db', db)).out, before.out);
});

test('every exported article field with a span slices to its value', async () => {
  const db = join(tempDir(), 'p.db');
  await cli('ingest', SAMPLE, '--db', db, '-q');
  const records = jsonl((await cli('export', '--db', db)).out);
  assert.deepEqual(records[0], { type: 'header', format: 'presstrail', version: 1, generator: records[0]!.generator });
  const texts = new Map(records.filter((r) => r.type === 'document').map((r) => [r.id, r.text as string]));
  const articles = records.filter((r) => r.type === 'article');
  assert.ok(articles.length >= 60, `${articles.length} articles`);
  for (const a of articles) {
    const text = texts.get(a.document as string)!;
    assert.ok(text !== undefined, `article ${String(a.id)} points at a missing document`);
    if (a.titleStart !== null) assert.equal(text.slice(a.titleStart as number, a.titleEnd as number).replace(/\s+/g, ' ').trim(), a.title, `title of ${String(a.id)}`);
    for (const [name, ev] of Object.entries(a.evidence as Record<string, { start: number | null; end: number | null } | null>)) {
      if (ev?.start == null) continue;
      assert.ok(ev.start >= (a.start as number) - 1 && (ev.end as number) <= text.length, `${name} evidence of ${String(a.id)} lies outside the text`);
    }
    if (a.date !== null) assert.match(a.date as string, /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('articles filters by outlet, date range and full text, and prints JSON lines', async () => {
  const db = join(tempDir(), 'p.db');
  await cli('ingest', SAMPLE, '--db', db, '-q');
  const all = jsonl((await cli('articles', '--db', db, '--json', '--limit', '1000')).out);
  const ranged = jsonl((await cli('articles', '--db', db, '--json', '--from', '2019-03-01', '--to', '2019-06-30', '--limit', '1000')).out);
  assert.ok(ranged.length > 0 && ranged.length < all.length);
  for (const r of ranged) assert.ok((r.date as string) >= '2019-03-01' && (r.date as string) <= '2019-06-30');
  const wikinews = jsonl((await cli('articles', '--db', db, '--json', '--outlet', 'wikinews', '--limit', '1000')).out);
  assert.ok(wikinews.length > 0);
  const found = await cli('articles', '--db', db, '--text', 'minister');
  assert.equal(found.code, 0);
  assert.match(found.out, /MATCH/);
});

test('show prints an article with its evidence and a clear error for an unknown id', async () => {
  const db = join(tempDir(), 'p.db');
  await cli('ingest', SAMPLE, '--db', db, '-q');
  const [first] = jsonl((await cli('articles', '--db', db, '--json', '--limit', '1')).out);
  const shown = await cli('show', first!.id as string, '--db', db);
  assert.equal(shown.code, 0);
  assert.ok(shown.out.includes(first!.title as string));
  assert.match(shown.out, /source\s+\S+ chars \d+-\d+/);
  const missing = await cli('show', 'a_nope', '--db', db);
  assert.equal(missing.code, 4);
  assert.match(missing.err, /^error: PT-E005 no article or document with id "a_nope"/);
});

test('export writes CSV with a header row and one row per article', async () => {
  const db = join(tempDir(), 'p.db');
  await cli('ingest', join(SAMPLE, 'jsonl', 'wikinews-export.jsonl'), '--db', db, '-q');
  const csv = (await cli('export', '--db', db, '--format', 'csv')).out;
  assert.ok(csv.startsWith('id,document,uri,start,end,title,date,outlet,author,url,body\r\n'));
  assert.equal(csv.split('\r\n').filter((l) => l.startsWith('a_')).length, 30);
});

test('bad usage exits 2 with a one-line message and no stack trace', async () => {
  const r = await cli('articles', '--from', '09/04/2024');
  assert.equal(r.code, 2);
  assert.match(r.err, /expected a date as YYYY-MM-DD/);
  assert.doesNotMatch(r.err, /at .*\.ts:\d+/);
  const unknown = await cli('frobnicate');
  assert.equal(unknown.code, 2);
});

test('read commands refuse a store that does not exist instead of creating one', async () => {
  const r = await cli('articles', '--db', join(tempDir(), 'nope.db'));
  assert.equal(r.code, 1);
  assert.match(r.err, /no store at/);
});

test('a store file that is not SQLite is a one-line error', async () => {
  const path = join(tempDir(), 'notes.db');
  writeFileSync(path, 'these are my notes, not a database'.repeat(200));
  const r = await cli('stats', '--db', path);
  assert.equal(r.code, 1);
  assert.match(r.err, /PT-E001/);
  assert.equal(r.err.trim().split('\n').length, 1);
});

test('every command has --help', async () => {
  for (const command of ['ingest', 'articles', 'show', 'export', 'stats', 'quotes', 'speakers', 'reprocess', 'demo']) {
    const r = await cli(command, '--help');
    assert.equal(r.code, 0, command);
    assert.match(r.out, /Usage: presstrail/);
  }
});
