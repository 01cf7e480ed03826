import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, tempDir } from './cli-helpers.js';

const SAMPLE = new URL('../sample/corpus/', import.meta.url).pathname;

async function sampleStore(): Promise<string> {
  const db = join(tempDir(), 'p.db');
  const r = await cli('ingest', SAMPLE, '--db', db);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /copies: \d+ articles indexed, \d+ new copy pairs/);
  return db;
}

test('ingest finds the sample reprints; copies lists clusters largest first and shows one side by side', async () => {
  const db = await sampleStore();
  const list = await cli('copies', '--db', db, '--json');
  const clusters = list.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; size: number; outlets: string[] });
  assert.ok(clusters.length >= 4, list.out);
  assert.deepEqual(clusters.map((c) => c.size), [...clusters.map((c) => c.size)].sort((a, b) => b - a));
  for (const outlet of ['Daily Example', 'Riverside Courier', 'Metro Brief', 'Example Weekly']) assert.ok(clusters.some((c) => c.outlets.includes(outlet)), `no cluster with ${outlet}`);
  const reworded = clusters.find((c) => c.outlets.includes('Riverside Courier'))!;
  const shown = await cli('copies', reworded.id, '--db', db, '--width', '100');
  assert.equal(shown.code, 0, shown.err);
  assert.match(shown.out, /near article copy, similarity 0\.\d+, b copied a \(credit "first published by Wikinews"\)/);
  assert.match(shown.out, /\[-[^\]]+-\]/);
  assert.match(shown.out, / │ /);
  assert.match(shown.out, /changes inside quotations:\n {4}lost "/);
});

test('export writes copy records whose spans lie in their articles', async () => {
  const db = await sampleStore();
  const records = (await cli('export', '--db', db)).out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
  const copies = records.filter((r) => r.type === 'copy');
  assert.ok(copies.length >= 4);
  const articles = new Map(records.filter((r) => r.type === 'article').map((r) => [r.id, r]));
  for (const c of copies) {
    assert.deepEqual(Object.keys(c), ['type', 'cluster', 'a', 'b', 'similarity', 'match', 'direction']);
    for (const side of [c.a, c.b]) {
      const a = articles.get(side.article)!;
      assert.ok(side.start >= a.start && side.end <= a.end && side.start < side.end, JSON.stringify(side));
    }
    assert.ok(['exact', 'near', 'reworded'].includes(c.match));
    assert.ok([null, 'a->b', 'b->a'].includes(c.direction));
  }
});

test('quotes --distinct counts a reprinted quote once; a bad copies id is a one-line error', async () => {
  const db = await sampleStore();
  const all = (await cli('quotes', '--db', db, '--limit', '0')).err;
  const distinct = (await cli('quotes', '--db', db, '--limit', '0', '--distinct')).err;
  const n = (s: string) => Number(/of (\d+) quotes/.exec(s)![1]);
  assert.ok(n(distinct) < n(all), `${distinct} vs ${all}`);
  const bad = await cli('copies', 'x_nothing', '--db', db);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /^error: PT-E020 /);
  assert.doesNotMatch(bad.err, /\n\s+at /);
});
