/** Golden fixtures of copy patterns: test/fixtures/copies-<pattern>/{input.jsonl, copies.json}. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseCopies } from './testing.js';

export const COPY_FIXTURES = join(import.meta.dirname, '../../../test/fixtures');
const folders = existsSync(COPY_FIXTURES) ? readdirSync(COPY_FIXTURES).filter((d) => d.startsWith('copies-')) : [];

test('there are copy fixtures for boilerplate, rewording, truncation and embedding', () => {
  for (const f of ['copies-wire-boilerplate', 'copies-reworded-quote', 'copies-truncated', 'copies-embedded-reprint']) assert.ok(folders.includes(f), f);
});

for (const folder of folders) {
  test(`fixture ${folder} yields the copies in its copies.json`, async () => {
    const dir = join(COPY_FIXTURES, folder);
    const got = await summariseCopies(readFileSync(join(dir, 'input.jsonl')), 'input.jsonl');
    const expected = JSON.parse(readFileSync(join(dir, 'copies.json'), 'utf8'));
    assert.deepEqual(got, expected, `${folder}: got\n${JSON.stringify(got, null, 2)}`);
  });
}
