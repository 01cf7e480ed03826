/**
 * What the headlines stage must NOT do: read a topic label, an interview, a possessive or an
 * adjective as an attribution; call a supported claim `not found`; flag an apostrophe as a quote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOf, headlineDocument } from './testing.js';
import { getLayer, withLayer } from '../../core/document.js';
import type { Article } from '../../core/article.js';
import { headlinesStage } from './index.js';
import { silentContext } from '../../core/stage.js';

const BODY = [
  'Rescuers recovered the voice recorder of the crashed jet from the sea floor on Monday, the transport ministry said.',
  '"The recorder is in good condition and will be read in Jakarta," ministry spokesman Budi Santoso told reporters.',
  'Investigators said they expect a first report within a month.',
].join('\n\n');

function verdict(headline: string, body = BODY): string {
  return checkOf(headline, body).check.verdict;
}

const NO_ATTRIBUTION = [
  "Lion Air disaster: crashed jet's voice recorder recovered from sea",
  'Planetary scientist on Martian brines: Wikinews interviews Vlada Stamenković',
  "Ministry's claims rejected by investigators",
  'Confirmed cases of measles rise in Jakarta',
  'Baby finds drugs in playground',
  'Calls grow for inquiry into crash',
  'Recorder recovered; report expected within a month',
  'Ministry report number 2 on the crash',
  'Government support package for the families',
];
for (const headline of NO_ATTRIBUTION) {
  test(`attributes nothing: ${headline}`, () => assert.equal(verdict(headline), 'no attribution'));
}

const SUPPORTED = [
  ['Ministry says jet recorder recovered from sea floor', 'a paraphrase of the ministry'],
  ['Recorder in good condition, says spokesman', 'a role that names the quoted spokesman'],
  ['Santoso: recorder to be read in Jakarta', 'a surname and a paraphrase'],
  ['First crash report due within a month, investigators say', 'a generic source'],
  ['Jet recorder found — ministry', 'the dash form with a lower-case organisation'],
] as const;
for (const [headline, why] of SUPPORTED) {
  test(`is not "not found" (${why}): ${headline}`, () => assert.notEqual(verdict(headline), 'not found'));
}

test('an apostrophe inside or after a word is no quoted fragment', () => {
  const { check } = checkOf("Rescuers' search ends as jet's recorder is found", BODY);
  assert.deepEqual(check.unsupportedFragments, []);
  assert.deepEqual(check.claims[0]!.fragments, []);
});

test('a headline quote whose words are in the body is not flagged, whoever said them', () => {
  const { check } = checkOf("Recorder 'in good condition'", BODY);
  assert.deepEqual(check.unsupportedFragments, []);
});

test('an article whose title is not a span of the text gets no check', () => {
  const doc = headlineDocument('Ministry says recorder found', BODY);
  const [article] = getLayer<Article>(doc, 'articles');
  const fromMeta: Article = { ...article!, title: { value: 'Ministry says recorder found', source: 'meta:og:title', rule: 'hint' } };
  const noSpan = withLayer(doc, 'articles', [fromMeta]);
  assert.deepEqual(getLayer(headlinesStage.run(noSpan, silentContext), 'headlines'), []);
});

test('an empty body makes every attributed claim not found, never an exception', () => {
  assert.equal(verdict('Ministry says recorder found', '.'), 'not found');
});

/** What the meaning checks (step 05) must NOT turn into `not found`. */
const MEANING_BODY = [
  'HARBOUR CITY — The ferry timetable will stay as it is until May, Transport Minister Ana Costa said on Monday.',
  '"We will not cut any crossing this winter, and the fares will rise only with inflation," Costa told reporters.',
  'It is critical that the operator keeps its crews, she said. Costa praised the crews for their work in the storms.',
  'The operator, Harbour Lines, pleaded guilty in 2019 to safety breaches and paid a fine. Fares fell after the merger in 2018.',
].join('\n\n');

const MEANING_SUPPORTED = [
  ['Costa says ferry timetable will not change', 'a negated antonym is the same claim: "will not change" is "will stay"'],
  ['Costa says no winter crossings will be cut', 'a negation on the noun phrase agrees with one on the verb'],
  ['Costa praises ferry crews for storm work', '"critical" (important) is no criticism'],
  ['Costa says fares will rise only with inflation', 'a fall elsewhere in the body, about another time, contradicts nothing'],
  ['Harbour Lines admits safety breaches', 'an admission the body reports as a guilty plea'],
] as const;
for (const [headline, why] of MEANING_SUPPORTED) {
  test(`meaning checks leave it supported (${why}): ${headline}`, () => assert.notEqual(verdict(headline, MEANING_BODY), 'not found'));
}

test('a claim with both sides of an antonym pair is not read as contradicted ("tax rise needed to cut deficit")', () => {
  const body = 'Speaker Jim Wright said there would be no way to meet the deficit targets without a tax increase, Wright told reporters.';
  assert.notEqual(verdict('WRIGHT SAYS TAX RISE NEEDED TO CUT DEFICIT', body), 'not found');
});

test('a judge who dismisses a suit is not asked to deny anything', () => {
  const body = 'In a 21-page ruling, Judge Barrington Parker threw out the suit challenging the law empowering the special prosecutor.';
  assert.notEqual(verdict('Judge dismisses suit challenging prosecutor law', body), 'not found');
});

test('narrative that negates in other words does not turn a negated claim over', () => {
  const body = 'Senate leaders praised the retaliation against Japan but dashed cold water on ideas it was the first shot in a trade war, Senator Bob Dole said.';
  assert.notEqual(verdict('Dole sees no trade war brewing with Japan', body), 'not found');
});
