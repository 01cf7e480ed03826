/** What must NOT become a role. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesOf } from './testing.js';

const NOT_ROLES: ReadonlyArray<[string, string]> = [
  ['The president said nothing on Monday.', 'a title with no name'],
  ['The minister of health resigned.', 'a title followed by "of", no name'],
  ['President of the Republic is a hard job.', 'a title followed by a preposition'],
  ['He said the general Assembly would vote.', 'a lower-case noun alone before a capitalised word'],
  ['The king, the queen and the court arrived.', 'appositions without names'],
  ['Prices, a minister said, will rise.', 'an apposition after a common word'],
];

for (const [text, why] of NOT_ROLES) {
  test(`no role in "${text}" (${why})`, () => {
    assert.deepEqual(rolesOf(text).rows, []);
  });
}
