import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsMatch } from '../sqlite/fts-match.js';
import { parseSearchQuery } from './search-query.js';

const fts = (query: string) => ftsMatch(parseSearchQuery(query));

test('plain words become quoted FTS5 strings joined by AND', () => {
  assert.equal(fts('council budget'), '("council" AND "budget")');
});

test('NOT binds tighter than AND, and AND tighter than OR, as in FTS5', () => {
  assert.equal(fts('a b OR c NOT d'), '(("a" AND "b") OR ("c" NOT "d"))');
});

test('a phrase and a prefix keep their FTS5 meaning', () => {
  assert.equal(fts('"city council" elect*'), '("city council" AND "elect"*)');
});

test('FTS5 syntax inside a word is quoted, never obeyed', () => {
  assert.equal(fts('title:storm NEAR/3 ^x'), '("title:storm" AND "NEAR/3" AND "^x")');
});

test('words with no letters or digits drop out of the query', () => {
  assert.equal(fts('budget & 😀 OR —'), '"budget"');
});

test('lower-case operators are words', () => {
  assert.equal(fts('rock and roll'), '("rock" AND "and" AND "roll")');
});

test('each malformed query gets a PT-E007 that says what to change', () => {
  const cases: Array<[string, RegExp]> = [
    ['"open', /close it/],
    ['AND', /"AND" needs a word on each side/],
    ['x OR', /"OR" needs a word on each side/],
    ['*', /"\*" must end a word/],
    ['NOT x', /"NOT" needs a word on each side/],
    ['(x', /"\(" is not closed/],
    ['x)', /"\)" has no matching "\("/],
    ['?!', /no words to search for/],
  ];
  for (const [query, what] of cases) {
    assert.throws(() => parseSearchQuery(query), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'PT-E007');
      assert.match(error.message!, what, query);
      return true;
    });
  }
});
