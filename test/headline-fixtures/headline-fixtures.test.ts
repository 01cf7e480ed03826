import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineFixtureSlugs, readFixture, summarise } from './summary.js';

for (const slug of headlineFixtureSlugs()) {
  test(`the headline check of fixture ${slug} matches expected.json`, () => {
    const { input, expected } = readFixture(slug);
    const got = summarise(input);
    const show = (s: typeof got) => s.claims.map((c) => `  ${c.rule}: [[${c.claim}]] by ${c.speaker ?? '-'} → ${c.verdict}`).join('\n');
    assert.deepEqual(got, expected, `found:\n${show(got)}\nexpected:\n${show(expected)}`);
  });
}
