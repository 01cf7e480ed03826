import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteFixtureSlugs, readFixture, summarise } from './summary.js';

for (const slug of quoteFixtureSlugs()) {
  test(`the quotes of fixture ${slug} match expected.json`, () => {
    const { text, expected } = readFixture(slug);
    const got = summarise(text);
    const show = (q: { text: string; speaker: string | null; rule: string }) => `  [[${q.text}]] — ${q.speaker ?? 'no speaker'} (${q.rule})`;
    assert.deepEqual(got, expected, `found:\n${got.quotes.map(show).join('\n')}\nexpected:\n${expected.quotes.map(show).join('\n')}`);
  });
}
