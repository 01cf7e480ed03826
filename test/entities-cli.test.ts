import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { cli, tempDir } from './cli-helpers.js';

const STORY_1 = `Budget talks resume
Mar 05, 1998
By Mira Okafor

President William J. Clinton met union leaders on Tuesday. "We will not cut pensions," Clinton said after the meeting.
Sen. Ed Markey (D-Mass.) said the talks would go on next week.
`;

const STORY_2 = `Clintons visit Harlem
Jul 20, 1999
By Rui Lopes

Bill Clinton and Hillary Clinton visited Harlem last week. "This is home now," Hillary Clinton said.
Bill Clinton opened an office there in July.
`;

async function store(): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'one.txt'), STORY_1);
  writeFileSync(join(dir, 'two.txt'), STORY_2);
  const db = join(dir, 'p.db');
  const ingest = await cli('ingest', dir, '--db', db);
  assert.equal(ingest.code, 0, ingest.err);
  assert.match(ingest.err, /entities: \d+ entities \(\d+ people/);
  return db;
}

test('ingest runs the entities step; people lists one Bill Clinton and a separate Hillary Clinton', async () => {
  const db = await store();
  const people = await cli('people', '--db', db, '--json');
  const names = people.out.trim().split('\n').map((l) => JSON.parse(l) as { name: string; aliases: Array<{ name: string }> });
  const bill = names.find((e) => e.aliases.some((a) => a.name === 'William J. Clinton'))!;
  assert.deepEqual(bill.aliases.map((a) => a.name).sort(), ['Bill Clinton', 'Clinton', 'William J. Clinton']);
  assert.ok(names.some((e) => e.name === 'Hillary Clinton' && e.aliases.length === 1));
});

test('entity NAME shows aliases, roles over time, mentions by outlet and quotes', async () => {
  const db = await store();
  const shown = await cli('entity', 'Clinton', '--db', db);
  assert.equal(shown.code, 0, shown.err);
  assert.match(shown.out, /^Bill Clinton  person · e_[0-9a-f]{16}/);
  assert.match(shown.out, /Roles over time\n {2}President {2}1998-03-05/);
  assert.match(shown.out, /"We will not cut pensions,"/);
  const markey = await cli('entity', 'Ed Markey', '--db', db);
  assert.match(markey.out, /Senator \(U\.S\. Senate, D-Massachusetts\)/);
  const none = await cli('entity', 'Nobody Atall', '--db', db);
  assert.equal(none.code, 1);
  assert.match(none.err, /PT-E040/);
});

test('entity rename and merge are corrections that show at once; timeline --entity lists what the person said and when', async () => {
  const db = await store();
  const renamed = await cli('entity', 'rename', 'Bill Clinton', 'William Jefferson Clinton', '--db', db);
  assert.equal(renamed.code, 0, renamed.err);
  assert.match(renamed.out, /^c_\d+ renamed/);
  assert.match((await cli('entity', 'Clinton', '--db', db)).out, /^William Jefferson Clinton /);
  const reprocess = await cli('reprocess', '--db', db);
  assert.equal(reprocess.code, 0, reprocess.err);
  assert.match((await cli('entity', 'Bill Clinton', '--db', db)).out, /^William Jefferson Clinton /);
  const timeline = await cli('timeline', '--entity', 'William Jefferson Clinton', '--db', db, '--json');
  const items = timeline.out.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; date: string });
  assert.deepEqual(items.map((i) => [i.kind, i.date]), [['event', '1998-03-03'], ['quote', '1998-03-05'], ['event', '1999-07'], ['event', '1999-W28']]);
  const merged = await cli('entity', 'merge', 'William Jefferson Clinton', 'Hillary Clinton', '--db', db);
  assert.equal(merged.code, 0, merged.err);
  assert.match((await cli('entity', 'Hillary Clinton', '--db', db)).out, /^William Jefferson Clinton /);
});
