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
  // a characterising verb credits a term only to a speaker, in an active clause, when the marks hold the whole complement
  'The festival opens with a film called “Northern Lights” on Friday.',
  'The raid was described as a “surgical strike” in the morning papers.',
  'The memo called the delay a “temporary setback” for the project.',
  'The army described it as a case of “friendly fire” on Tuesday.',
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

/** Words capitalised only because they open a sentence, months, days and adjectives are never a speaker's name. */
const NOT_NAMES = new Set(['In', 'On', 'Some', 'United', 'Regional', 'Monday', 'Tuesday', 'May', 'A', 'A total of 39 are', 'He', 'She', 'It', 'Meanwhile']);
const NAME_PASSAGES: readonly string[] = [
  'In a statement, officials said the road would reopen within a week.',
  'Some of the protesters said they would return to the square on Saturday.',
  'Regional governor Boris Dubrovsky said the damaged building would be demolished.',
  'On Tuesday the United States said it was monitoring the situation closely.',
  'In the eastern United States, officials said the storm would weaken overnight.',
  'A total of 39 are missing, the Emergencies Ministry said.',
  'Monday, the ministry said the talks had failed again.',
  'In May the council said the budget would be balanced by next year.',
  'He said the vote on the budget would be held next week.',
];

for (const passage of NAME_PASSAGES) {
  test(`no function word, month, day or adjective names the speaker in "${passage.slice(0, 50)}"`, () => {
    const { quotes } = quotesOf(passage, false);
    assert.ok(quotes.length > 0, `no quote found in ${passage}`);
    for (const q of quotes) assert.ok(q.speaker && !NOT_NAMES.has(q.speaker.name), `speaker "${q.speaker?.name}" for ${showSpan(passage, q)}`);
  });
}

test('an organisation named by an acronym or an organisation word is not a person', () => {
  for (const passage of ['The FSB said it had detained three men in Moscow.', 'NATO said the exercise would go ahead as planned.', 'The Emergencies Ministry said dozens of people had been rescued.']) {
    const { quotes } = quotesOf(passage, false);
    assert.equal(quotes[0]?.speaker?.kind, 'organization', `${quotes[0]?.speaker?.name}: ${passage}`);
  }
});

test('a plural noun capitalised because it opens the sentence is no named person', () => {
  for (const passage of ['Meteorologists said the storm would weaken before reaching the coast.', 'Protesters said they would return to the square on Saturday.']) {
    const { quotes } = quotesOf(passage, false);
    assert.ok(quotes[0]?.speaker && quotes[0].speaker.kind !== 'person', `${quotes[0]?.speaker?.name} (${quotes[0]?.speaker?.kind}): ${passage}`);
  }
});
