import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showSpan } from '../../core/span.js';
import { quotesOf } from './testing.js';

/** Passages where the words in marks are no one's speech: scare quotes, terms, titles, slogans. */
const NOT_QUOTES: readonly string[] = [
  'The army called it a case of “friendly fire” and opened an inquiry.',
  'Critics have dismissed the so-called “peace dividend” as an accounting trick.',
  'The report, titled “Broken Promises,” runs to 400 pages.',
  'Protesters waved placards reading “Hands off our hospital” outside the legislature.',
  'The headline described the raid as a ‘surgical strike’ on the smugglers.',
  'Residents of what locals call “the Flats” have waited years for sewers.',
  'The film “Northern Lights” opens in 40 cinemas this week.',
  'The campaign, dubbed “Operation Clean Sweep,” began in March.',
  'The party’s slogan, “Forward Together,” was printed on every bus.',
  'The “temporary” bridge has now stood for eleven years.',
  'His so-called ‘reforms’ left the ministry with fewer staff than before.',
  'The minister’s “plan” amounts to a two-page memo with no budget.',
];

for (const passage of NOT_QUOTES) {
  test(`finds no quote in "${passage.slice(0, 60)}"`, () => {
    const { quotes } = quotesOf(passage, false);
    assert.equal(quotes.length, 0, quotes.map((q) => `${q.rule}: ${showSpan(passage, q)}`).join('\n'));
  });
}

test('"said nothing" reports no speech', () => {
  const passage = 'Asked about the memo, the premier said nothing.';
  const { quotes } = quotesOf(passage, false);
  assert.equal(quotes.length, 0, quotes.map((q) => showSpan(passage, q)).join('\n'));
});

test('"called" without "that" is not reported speech', () => {
  const passage = 'Neighbours called the police when the fire spread to the garage.';
  const { quotes } = quotesOf(passage, false);
  assert.equal(quotes.length, 0, quotes.map((q) => showSpan(passage, q)).join('\n'));
});

test('a quotation mark inside a word is an apostrophe, not a quote', () => {
  const passage = "The mayor's office didn't reply, and the council's clerk wasn't in.";
  const { quotes } = quotesOf(passage, false);
  assert.equal(quotes.length, 0, quotes.map((q) => showSpan(passage, q)).join('\n'));
});
