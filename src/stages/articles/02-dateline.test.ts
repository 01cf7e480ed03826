import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, isDateLine, normalizeDate } from './02-dateline.js';

const cases: [string, string | null][] = [
  ['Apr 09, 2024', '2024-04-09'],
  ['1 Feb 2024', '2024-02-01'],
  ['DEC 22, 2023', '2023-12-22'],
  ['February 5, 2024', '2024-02-05'],
  ['Tuesday, January 4, 2019', '2019-01-04'],
  ['2024-02-05', '2024-02-05'],
  ['Published: 05/02/2024 10:31', '2024-02-05'],
  ['Updated 3 hours ago', null],
  ['8 de marzo de 2024', '2024-03-08'],
  ['Le 6 mars 2024', '2024-03-06'],
];

for (const [line, value] of cases) {
  test(`"${line}" is a dateline with date ${value}`, () => {
    assert.equal(isDateLine(line), true, line);
    assert.equal(findDate(line)?.value ?? null, value);
  });
}

test('the date span covers exactly the date expression', () => {
  const line = 'Published: Apr 09, 2024';
  const hit = findDate(line)!;
  assert.equal(line.slice(hit.start, hit.end), 'Apr 09, 2024');
});

test('a sentence that mentions a date is not a dateline', () => {
  assert.equal(isDateLine('The council will vote on April 9, 2024, after a public hearing.'), false);
});

test('numeric dates are day first unless only month first is a date', () => {
  assert.equal(findDate('05/02/2024')?.value, '2024-02-05');
  assert.equal(findDate('02/25/2024')?.value, '2024-02-25');
});

test('metadata dates keep the date as written in their own zone', () => {
  assert.equal(normalizeDate('2024-04-09T23:30:00-05:00'), '2024-04-09');
  assert.equal(normalizeDate('Tue, 09 Apr 2024 10:00:00 GMT'), '2024-04-09');
  assert.equal(normalizeDate('2024-04-09'), '2024-04-09');
  assert.equal(normalizeDate('Tue, 09 Apr 2024 23:59:00 -0800'), '2024-04-09');
});

test('metadata that names no day gives no date', () => {
  assert.equal(normalizeDate('sometime last spring'), null);
  assert.equal(normalizeDate(''), null);
});
