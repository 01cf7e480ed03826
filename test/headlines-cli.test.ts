import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './cli-helpers.js';

/** Two JSONL records (title + text): one headline the body quotes, one it does not support. */
function corpus(): { dir: string; db: string } {
  const dir = tempDir('presstrail-headlines-');
  const records = [
    { title: 'Costa says "we will not cut any crossing this winter"', date: '2024-03-01', outlet: 'Harbour Herald',
      text: '"We are reviewing the timetable and we will not cut any crossing this winter," Transport Minister Ana Costa said on Monday.\n\nThe review ends in May.' },
    { title: 'Costa admits ferry fares will double next year', date: '2024-03-02', outlet: 'Harbour Herald',
      text: '"We are reviewing the timetable with the operators," Transport Minister Ana Costa said on Monday.\n\nThe review ends in May.' },
    { title: 'Ferries run again after storm', date: '2024-03-03', outlet: 'Harbour Herald', text: 'Ferries ran again on Tuesday after two days of storms closed the harbour.' },
  ];
  writeFileSync(join(dir, 'in.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return { dir, db: join(dir, 'store.db') };
}

test('headlines lists attributed headlines with verdict and evidence; --verdict filters; --json is one object a line', async () => {
  const { dir, db } = corpus();
  assert.equal((await cli('ingest', join(dir, 'in.jsonl'), '--db', db, '-q')).code, 0);
  const all = await cli('headlines', '--db', db);
  assert.equal(all.code, 0);
  assert.match(all.out, /QUOTED Costa says/);
  assert.match(all.out, /NOT-FOUND Costa admits ferry fares will double next year/);
  assert.doesNotMatch(all.out, /Ferries run again/);
  assert.match(all.err, /2 of 2 headlines/);
  const notFound = await cli('headlines', '--db', db, '--verdict', 'not-found', '--json');
  const rows = notFound.out.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; claims: Array<{ speaker: string }> });
  assert.deepEqual(rows.map((r) => [r.verdict, r.claims[0]!.speaker]), [['not found', 'Ana Costa']]);
  assert.match((await cli('headlines', '--db', db, '--all')).out, /NO-ATTRIBUTION Ferries run again/);
  assert.equal((await cli('headlines', '--db', db, '--verdict', 'false')).code, 2);
});

test('articles shows a headline badge and show prints the headline check; export writes headline records', async () => {
  const { dir, db } = corpus();
  await cli('ingest', join(dir, 'in.jsonl'), '--db', db, '-q');
  const list = await cli('articles', '--db', db);
  assert.match(list.out, /HEADLINE/);
  assert.match(list.out, /✗ not found/);
  const ids = (await cli('articles', '--db', db, '--json')).out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; headline: string | null });
  assert.deepEqual(ids.map((a) => a.headline), ['quoted', 'not found', 'no attribution']);
  const shown = await cli('show', ids[1]!.id, '--db', db);
  assert.match(shown.out, /Headline check \(not found\)/);
  const records = (await cli('export', '--db', db, '--no-text')).out.trim().split('\n').map((l) => JSON.parse(l) as { type: string; verdict?: string });
  assert.deepEqual(records.filter((r) => r.type === 'headline').map((r) => r.verdict), ['quoted', 'not found', 'no attribution']);
  assert.equal((await cli('headlines', '--help')).code, 0);
});
