/** What must NOT become a date (chrono's negative_cases). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showSpan } from '../../core/span.js';
import { resolveDates } from './resolve-dates.js';

const NOT_DATES: ReadonlyArray<[string, string]> = [
  ['You may leave the building now.', 'modal "may"'],
  ['Thousands march on the capital.', 'the verb "march"'],
  ['The meeting starts at 3 p.m. local time.', 'a clock time alone'],
  ['Crews worked for 36 hours to reach them.', 'a duration in hours'],
  ['The 2019 people who signed were named.', 'a number before "people"'],
  ['Amid protests, 20 ambulances were sent.', 'words starting with "am" are no meridiem'],
  ['The party won 2019 votes in the district.', 'a count, not a year'],
  ['He scored 20 points in the second half.', 'bare numbers'],
];

for (const [text, why] of NOT_DATES) {
  test(`no date in "${text}" (${why})`, () => {
    const found = resolveDates(text, { start: 0, end: text.length }, '2024-03-14');
    assert.deepEqual(found.map((d) => showSpan(text, d)), []);
  });
}
