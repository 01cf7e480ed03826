import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capsName, findByline, nameBesideDate } from './03-byline.js';

function credit(line: string): { author: string | null; outlet: string | null } {
  const hit = findByline(line) ?? nameBesideDate(line);
  return { author: hit ? line.slice(hit.start, hit.end) : null, outlet: hit?.outlet?.value ?? null };
}

test('"By X" credits X', () => assert.deepEqual(credit('By Maya Ellison'), { author: 'Maya Ellison', outlet: null }));
test('"By X and Y" credits both', () => assert.deepEqual(credit('By Tomás Ferreira and Ada Lindqvist'), { author: 'Tomás Ferreira and Ada Lindqvist', outlet: null }));
test('"By X, Reuters" names the outlet', () => assert.deepEqual(credit('By Jane Doe, Reuters'), { author: 'Jane Doe', outlet: 'Reuters' }));
test('"By Reuters Staff" names Reuters as outlet', () => assert.deepEqual(credit('By Reuters Staff'), { author: 'Reuters Staff', outlet: 'Reuters' }));
test('a desk after the comma is not an outlet', () => assert.deepEqual(credit('By Daniel Whitcombe, Coastal Desk'), { author: 'Daniel Whitcombe', outlet: null }));
test('a job title after the comma is dropped', () => assert.deepEqual(credit('By Sam Lee, Staff Writer'), { author: 'Sam Lee', outlet: null }));
test('"Posted by X on <date>" credits X', () => assert.deepEqual(credit('Posted by Margaret Holloway on 12 January 2024'), { author: 'Margaret Holloway', outlet: null }));
test('a desk name alone is a credit', () => assert.deepEqual(credit('Metro Desk'), { author: 'Metro Desk', outlet: null }));
test('a name beside a date on a meta line is a credit', () => assert.deepEqual(credit('Jane Doe | Apr 09, 2024'), { author: 'Jane Doe', outlet: null }));
test('wire credits in parentheses give the reporter', () => assert.deepEqual(credit('(Reporting by David Shepardson; Editing by Chizu Nomiyama)'), { author: 'David Shepardson', outlet: null }));
test('"Por" and "Par" bylines are credits', () => {
  assert.equal(credit('Por María José Núñez').author, 'María José Núñez');
  assert.equal(credit('Par Geneviève Côté').author, 'Geneviève Côté');
});
test('a sentence starting with "By" is not a byline', () => {
  assert.equal(findByline('By the end of the day the crowd had gone home.'), null);
  assert.equal(findByline('By noon'), null);
});
test('an all-caps name line reads as a title-cased name', () => {
  assert.equal(capsName("JAMES O'CONNOR AND LIZ PARK")?.value, "James O'Connor and Liz Park");
  assert.equal(capsName('THE COUNCIL VOTED ON THURSDAY TO APPROVE THE NEW BUDGET PLAN FOR NEXT YEAR'), null);
});
