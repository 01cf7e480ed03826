import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { cli, tempDir } from './cli-helpers.js';

const STORY = `Harbour fees rise in spring
Apr 09, 2024
By Mira Okafor

"We will not raise the fees again this year," said Ana Costa, the harbour director.
Fishermen were unhappy. "Nobody asked us," said Rui Lopes, who runs a trawler.
`;

function jsonl(out: string): Array<Record<string, unknown>> {
  return out.trim() === '' ? [] : out.trim().split('\n').map((l) => JSON.parse(l));
}

async function storeWithQuotes(): Promise<{ db: string; quotes: Array<Record<string, unknown>> }> {
  const dir = tempDir();
  writeFileSync(join(dir, 'story.txt'), STORY);
  const db = join(dir, 'p.db');
  const ingest = await cli('ingest', dir, '--db', db, '-q');
  assert.equal(ingest.code, 0, ingest.err);
  const quotes = jsonl((await cli('quotes', '--db', db, '--json')).out);
  assert.ok(quotes.length >= 2, `only ${quotes.length} quotes found in the test story`);
  return { db, quotes };
}

test('correct quote --speaker renames the speaker; corrections lists it; undo restores', async () => {
  const { db, quotes } = await storeWithQuotes();
  const quote = quotes[0]!;
  const made = await cli('correct', 'quote', quote.id as string, '--speaker', 'Mira Okafor', '--speaker-kind', 'person', '--note', 'the byline', '--db', db);
  assert.equal(made.code, 0, made.err);
  assert.match(made.out, /^c_1 quote\.speaker .*Mira Okafor \(person\)/);
  const after = jsonl((await cli('quotes', '--db', db, '--json')).out).find((q) => q.id === quote.id)!;
  assert.deepEqual([after.speaker, after.corrected], ['Mira Okafor', true]);
  const listed = jsonl((await cli('corrections', '--db', db, '--json')).out);
  assert.deepEqual(listed.map((c) => [c.id, c.kind, c.target, c.note]), [['c_1', 'quote.speaker', quote.id, 'the byline']]);
  const undo = await cli('corrections', 'undo', 'c_1', '--db', db);
  assert.equal(undo.code, 0, undo.err);
  assert.equal(jsonl((await cli('quotes', '--db', db, '--json')).out).find((q) => q.id === quote.id)!.speaker, quote.speaker);
  assert.deepEqual(jsonl((await cli('corrections', '--db', db, '--json')).out), []);
  const all = jsonl((await cli('corrections', '--all', '--db', db, '--json')).out);
  assert.equal(all.length, 1);
  assert.ok(typeof all[0]!.undoneAt === 'string');
  assert.equal((await cli('corrections', 'undo', 'c_1', '--db', db)).code, 4, 'already undone');
});

test('correct quote --reject hides the quote; export writes correction records', async () => {
  const { db, quotes } = await storeWithQuotes();
  const rejected = await cli('correct', 'quote', quotes[1]!.id as string, '--reject', '--db', db);
  assert.equal(rejected.code, 0, rejected.err);
  assert.equal(jsonl((await cli('quotes', '--db', db, '--json')).out).length, quotes.length - 1);
  const records = jsonl((await cli('export', '--db', db)).out).filter((r) => r.type === 'correction');
  assert.deepEqual(records.map((r) => [r.id, r.kind, r.target, r.undoneAt]), [['c_1', 'quote.reject', quotes[1]!.id, null]]);
  assert.deepEqual(records[0]!.anchor, { document: quotes[1]!.document, start: quotes[1]!.start, end: quotes[1]!.end });
});

test('correct quote: unknown quote id, both or neither of --speaker and --reject, unknown kind: one-line errors', async () => {
  const { db, quotes } = await storeWithQuotes();
  const unknown = await cli('correct', 'quote', 'q_nope', '--speaker', 'X', '--db', db);
  assert.equal(unknown.code, 4);
  assert.match(unknown.err, /^error: PT-E014 No quote "q_nope" in the store/);
  assert.equal(unknown.err.trim().split('\n').length, 1);
  const neither = await cli('correct', 'quote', quotes[0]!.id as string, '--db', db);
  assert.equal(neither.code, 2);
  assert.match(neither.err, /either --speaker NAME or --reject/);
  assert.equal((await cli('correct', 'quote', quotes[0]!.id as string, '--speaker', 'X', '--reject', '--db', db)).code, 2);
  assert.equal((await cli('correct', 'quote', quotes[0]!.id as string, '--speaker', 'X', '--speaker-kind', 'robot', '--db', db)).code, 2);
  assert.equal((await cli('corrections', 'undo', 'c_7', '--db', db)).code, 4);
  assert.deepEqual(jsonl((await cli('corrections', '--all', '--json', '--db', db)).out), []);
});

test('correct and corrections have --help', async () => {
  for (const args of [['correct', '--help'], ['correct', 'quote', '--help'], ['corrections', '--help'], ['corrections', 'undo', '--help']]) {
    const run = await cli(...args);
    assert.equal(run.code, 0, args.join(' '));
    assert.match(run.out, /Usage: presstrail/);
  }
  assert.match((await cli('correct', 'quote', '--help')).out, /--speaker-kind <kind>.*\n?.*person/);
});
