import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLayer } from '../../core/document.js';
import type { HeadlineCheck } from '../../core/headline.js';
import { showSpan } from '../../core/span.js';
import { checkOf, headlineDocument } from './testing.js';

const BODY = [
  'HARBOUR CITY — The ferry timetable will stay as it is until May, Transport Minister Ana Costa said on Monday.',
  '"We are reviewing the timetable with the operators and we will not cut any crossing this winter," Costa told reporters at the terminal.',
  'The opposition leader, Marc Ruiz, said the service was "a disgrace" and called for an inquiry into the contract.',
  'Prime Minister Jane Holm said the government would publish the contract next week.',
].join('\n\n');

function verdicts(headline: string, body = BODY): string[] {
  return checkOf(headline, body).check.claims.map((c) => c.verdict);
}

test('a headline whose words are inside the speaker\'s quote is quoted, with that quote as evidence', () => {
  const { text, check } = checkOf('Costa says "we will not cut any crossing this winter"', BODY);
  const claim = check.claims[0]!;
  assert.equal(claim.verdict, 'quoted', showSpan(text, claim));
  assert.equal(claim.speaker?.name, 'Ana Costa');
  assert.equal(text.slice(claim.speaker!.mention.start, claim.speaker!.mention.end), 'Costa');
  assert.match(claim.evidence[0]!.quote ?? '', /^q_/);
  assert.ok(text.slice(claim.evidence[0]!.start, claim.evidence[0]!.end).includes('cut any crossing'));
});

test('a claim in other words that the speaker\'s quotes carry is paraphrased, with a similarity', () => {
  const { check } = checkOf('Minister Costa says no winter crossings will be cut', BODY);
  assert.equal(check.claims[0]!.verdict, 'paraphrased');
  assert.ok(check.claims[0]!.evidence[0]!.similarity >= 0.5);
});

test('a claim nothing the speaker says supports is not found ("admits fares will double" against "we are reviewing")', () => {
  const { check } = checkOf('Costa admits ferry fares will double next year', BODY);
  assert.deepEqual(check.claims.map((c) => c.verdict), ['not found']);
  assert.ok(check.claims[0]!.evidence.every((e) => e.similarity < 0.3));
});

test('a role resolves to the person the body gives it to: "PM" is Prime Minister Jane Holm', () => {
  const { check } = checkOf('PM vows to publish ferry contract', BODY);
  assert.equal(check.claims[0]!.speaker?.name, 'Jane Holm');
  assert.equal(check.claims[0]!.speaker?.match, 'role');
  assert.equal(check.claims[0]!.verdict, 'paraphrased');
});

test('a quoted fragment is quoted when it is the named speaker\'s word, and flagged when it is nowhere in the body', () => {
  assert.deepEqual(verdicts("Ruiz calls ferry service 'a disgrace'"), ['quoted']);
  const { text, check } = checkOf("Ruiz calls ferry service 'a shambles'", BODY);
  assert.deepEqual(check.unsupportedFragments.map((s) => text.slice(s.start, s.end)), ['a shambles']);
  assert.equal(check.claims[0]!.fragments[0]!.inBody, false);
});

test('a headline that attributes nothing gets one no-attribution claim over the whole headline', () => {
  const { text, check } = checkOf('Ferry timetable unchanged until May', BODY);
  assert.equal(check.verdict, 'no attribution');
  assert.equal(text.slice(check.claims[0]!.start, check.claims[0]!.end), 'Ferry timetable unchanged until May');
  assert.equal(check.claims[0]!.speaker, null);
});

test('the article verdict is its least supported claim', () => {
  const { check } = checkOf('Costa vows no crossing cut; Ruiz admits fares will double', BODY);
  assert.deepEqual(check.claims.map((c) => c.verdict), ['paraphrased', 'not found']);
  assert.equal(check.verdict, 'not found');
});

test('every span of the check points into the document text and the stage leaves its input alone', () => {
  const doc = headlineDocument('Ferry timetable will stay until May, says Costa', BODY);
  const check = getLayer<HeadlineCheck>(doc, 'headlines')[0]!;
  assert.equal(doc.text.slice(check.start, check.end), 'Ferry timetable will stay until May, says Costa');
  for (const c of check.claims) {
    assert.ok(c.start >= check.start && c.end <= check.end, showSpan(doc.text, c));
    for (const e of c.evidence) assert.ok(e.start >= check.end && e.end <= doc.text.length);
  }
  assert.equal(check.by, 'headlines.v1');
  assert.deepEqual(JSON.parse(JSON.stringify(check)), check);
});

const RAIL = [
  'HARBOUR CITY — The government will review its plan for a new coastal railway after a year of delays, Transport Minister Ana Costa said on Tuesday.',
  '"We are reviewing the plan with the operators, and we will report to parliament in the spring," Costa told reporters outside the ministry.',
  'Port director Sam Adeyemi said the new terminal would succeed in drawing cruise ships back to the harbour. "We will not give up on the cruise lines," he said.',
].join('\n\n');

test('the issue\'s example: "Minister admits plan has failed" over "We are reviewing the plan" is not found, for want of an admission', () => {
  const { check } = checkOf('Minister admits rail plan has failed', RAIL);
  assert.equal(check.claims[0]!.verdict, 'not found');
  assert.match(check.claims[0]!.reason ?? '', /^admission not reported/);
});

test('an admission the body reports in its own words keeps its paraphrase', () => {
  const body = `${RAIL}\n\nCosta conceded that the rail plan had failed to keep to its schedule.`;
  assert.notEqual(checkOf('Minister admits rail plan has failed', body).check.verdict, 'not found');
});

test('a claim the speaker\'s words only negate is not found, with the negation as reason ("will give up" over "will not give up")', () => {
  const { check } = checkOf('Adeyemi says port will give up on the cruise lines', RAIL);
  assert.equal(check.claims[0]!.verdict, 'not found');
  assert.match(check.claims[0]!.reason ?? '', /^negation: .*give/);
});

test('a claim whose antonym the speaker\'s best passage carries is not found ("will fail" over "would succeed")', () => {
  const { check } = checkOf('Adeyemi says new terminal will fail to draw cruise ships', RAIL);
  assert.equal(check.claims[0]!.verdict, 'not found');
  assert.match(check.claims[0]!.reason ?? '', /^antonym: the body has "succeed" where the headline has "fail"/);
});

test('a denial needs the speaker to deny something', () => {
  const { check } = checkOf('Costa denies review of coastal railway plan', RAIL);
  assert.equal(check.claims[0]!.verdict, 'not found');
  assert.match(check.claims[0]!.reason ?? '', /^denial not reported/);
});

test('a quoted fragment the body has nowhere makes the claim not found', () => {
  const { check } = checkOf("Costa calls railway plan 'a total shambles'", RAIL);
  assert.equal(check.claims[0]!.verdict, 'not found');
  assert.equal(check.claims[0]!.reason, 'quoted words nowhere in the body');
});
