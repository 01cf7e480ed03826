import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedFragments } from './01-fragments.js';
import { headlineClaims } from './02-forms.js';

/** [rule, speaker words, claim words] of each claim of a headline read alone. */
function claims(headline: string): Array<[string, string | null, string]> {
  const span = { start: 0, end: headline.length };
  return headlineClaims(headline, span, quotedFragments(headline, span)).map((c) => [
    c.rule, c.speaker ? headline.slice(c.speaker.start, c.speaker.end) : null, headline.slice(c.claim.start, c.claim.end),
  ]);
}

const FORMS: ReadonlyArray<[string, Array<[string, string | null, string]>]> = [
  ['Costa says ferry timetable will not change', [['speaker-verb', 'Costa', 'ferry timetable will not change']]],
  ['Health minister admits that the plan has failed', [['speaker-verb', 'Health minister', 'the plan has failed']]],
  ['Mayor denies any link to the developer', [['speaker-verb', 'Mayor', 'any link to the developer']]],
  ['Ferry fares will rise in spring, says Costa', [['says-after', 'Costa', 'Ferry fares will rise in spring']]],
  ['Ferry fares will rise in spring, Costa warns', [['says-after', 'Costa', 'Ferry fares will rise in spring']]],
  ['Costa: "We will not raise fares"', [['colon', 'Costa', '"We will not raise fares"']]],
  ['"We will not raise fares" — Costa', [['quote-dash', 'Costa', '"We will not raise fares"']]],
  ['Costa on ferries: "We will not raise fares"', [['on-colon', 'Costa', '"We will not raise fares"']]],
  ["'We will not raise fares': Costa tells council", [['quote-colon', 'Costa', 'We will not raise fares']]],
  ["Costa calls ferry deal 'a disgrace'", [['calls-fragment', 'Costa', "ferry deal 'a disgrace'"]]],
  ['Ferry operator to cut routes: report', [['other-outlet', 'report', 'Ferry operator to cut routes']]],
  ['Ferry operator to cut routes — sources', [['other-outlet', 'sources', 'Ferry operator to cut routes']]],
  ['MANILA SAID TO OFFER DEBT BONDS TO BANKS', [['said-to', 'SAID', 'MANILA SAID TO OFFER DEBT BONDS TO BANKS']]],
  ['SWISS ECONOMY IN EXCELLENT CONDITION, OECD SAYS', [['says-after', 'OECD', 'SWISS ECONOMY IN EXCELLENT CONDITION']]],
  ['Costa vows new ferries; union warns of strikes', [['speaker-verb', 'Costa', 'new ferries'], ['speaker-verb', 'union', 'of strikes']]],
];

for (const [headline, expected] of FORMS) {
  test(`headline form: ${headline}`, () => assert.deepEqual(claims(headline), expected));
}

test('quoted fragments take single and double marks but not apostrophes', () => {
  const h = "Trump says he 'can' and “may” act, jet's recorder found";
  assert.deepEqual(quotedFragments(h, { start: 0, end: h.length }).map((f) => h.slice(f.start, f.end)), ['can', 'may']);
});
