import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimMeaning, contradiction, polarTokens, predicatesSupported } from './05-meaning.js';

const negated = (text: string) => polarTokens(text).filter((t) => t.negated).map((t) => t.word);

test('a negator binds the first content word after it, over auxiliaries and fillers', () => {
  assert.deepEqual(negated("It hasn't been abolished at all"), ['abolished']);
  assert.deepEqual(negated('There is no crisis on the border'), ['crisis']);
  assert.deepEqual(negated('He declined to predict specific results'), ['predict']);
});

test('a carrier verb hands a negation on to its "to" clause', () => {
  assert.deepEqual(negated('These efforts did not persuade world leaders to sanction Saudi Arabia'), ['persuade', 'sanction']);
});

test('a negation stops at its clause and "not only" negates nothing', () => {
  assert.deepEqual(negated('We will not cut fares, and prices will rise'), ['cut']);
  assert.deepEqual(negated('It is not only a temple, it belongs to humanity'), []);
});

test('a claim\'s predicate is the word after an auxiliary, "to" or a subject pronoun', () => {
  assert.deepEqual(claimMeaning('the plan has failed', 'admits').predicates.map((t) => t.word), ['failed']);
  assert.deepEqual(claimMeaning('ZAMBIA TO ABOLISH CURRENCY AUCTION', null).predicates.map((t) => t.word), ['abolish']);
  assert.deepEqual(claimMeaning('he knew of the plans', 'admits').predicates.map((t) => t.word), ['knew']);
  assert.equal(claimMeaning('the plan has failed', 'admits').admission, true);
  assert.equal(claimMeaning('any link to the developer', 'denies').denial, true);
});

test('a passage that only negates the claim\'s predicate contradicts it', () => {
  assert.match(contradiction(claimMeaning('family will give up on adoption', 'says'), "We're not giving up on the adoption") ?? '', /^negation/);
  assert.match(contradiction(claimMeaning('specific results', 'predicts'), 'He declined to predict specific results for the quarter.') ?? '', /^negation/);
});

test('the other side of an antonym pair next to the claim\'s topic contradicts it', () => {
  assert.match(contradiction(claimMeaning('Saudis will fail to curb OPEC output', 'says'), 'Saudi Arabia will succeed in pressuring OPEC members.') ?? '', /^antonym: .*succeed.*fail/);
  assert.match(contradiction(claimMeaning('U.S. oil production rising sharply', 'sees'), 'sharp declines in U.S. oil production could strengthen OPEC demand') ?? '', /^antonym/);
});

test('a negated antonym agrees with the claim: "will not change" is "will stay"', () => {
  assert.equal(contradiction(claimMeaning('the timetable will not change', 'says'), 'The timetable will stay as it is until May.'), null);
  assert.equal(contradiction(claimMeaning('the timetable will stay', 'says'), 'The timetable will not change until May.'), null);
});

test('predicates are supported by another form of their antonym side ("knew" by "know")', () => {
  assert.equal(predicatesSupported(claimMeaning('he knew of the plan', 'admits'), ['I know about the plan']), true);
  assert.equal(predicatesSupported(claimMeaning('the plan has failed', 'admits'), ['We are reviewing the plan']), false);
});

test('"no" negates its whole noun phrase, up to the next function word', () => {
  assert.deepEqual(negated('There has been no policy change in recent weeks'), ['policy', 'change']);
  assert.equal(contradiction(claimMeaning('policy likely to stay on hold', 'indicate'), 'There has been no policy change in recent weeks.'), null);
});
