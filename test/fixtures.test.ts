import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureSlugs, readExpected, summariseFixture } from './fixture-summary.js';

for (const slug of fixtureSlugs()) {
  test(`fixture ${slug} ingests to its reviewed expected.json`, async () => {
    const expected = readExpected(slug);
    assert.ok(expected, `test/fixtures/${slug}/expected.json is missing: run npm run fixtures:update -- ${slug} and review it`);
    assert.deepEqual(await summariseFixture(slug), expected);
  });
}
