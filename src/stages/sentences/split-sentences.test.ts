import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showSpan } from '../../core/span.js';
import { loadSentenceCases } from '../../../bench/sentences/cases.js';
import { splitSentences } from './split-sentences.js';

/** Regression list: each passage with the sentences it must split into. */
const PASSAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Sen. Elizabeth Warren (D-Mass.) said the bill would pass. It did not.', ['Sen. Elizabeth Warren (D-Mass.) said the bill would pass.', 'It did not.']],
  ['Gov. Jay Inslee spoke first. Dr. Ana Costa followed.', ['Gov. Jay Inslee spoke first.', 'Dr. Ana Costa followed.']],
  ['The U.S. economy grew. Prices rose.', ['The U.S. economy grew.', 'Prices rose.']],
  ['Troops left the U.S. The war was over.', ['Troops left the U.S.', 'The war was over.']],
  ['The meeting ended at 5 p.m. The police arrived later.', ['The meeting ended at 5 p.m.', 'The police arrived later.']],
  ['The meeting ended at 5 p.m. Tuesday in Ottawa.', ['The meeting ended at 5 p.m. Tuesday in Ottawa.']],
  ['She works for Acme Inc. The firm makes anvils.', ['She works for Acme Inc.', 'The firm makes anvils.']],
  ['Acme Inc. Chief Executive Tom Hale resigned.', ['Acme Inc. Chief Executive Tom Hale resigned.']],
  ['Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
  ['John F. Kennedy was shot in 1963. Lee H. Oswald was arrested.', ['John F. Kennedy was shot in 1963.', 'Lee H. Oswald was arrested.']],
  ['"We are ready." The minister left the room.', ['"We are ready."', 'The minister left the room.']],
  ['“We are ready,” she said. “Are you?”', ['“We are ready,” she said.', '“Are you?”']],
  ['“Are we ready?” he asked. Nobody answered.', ['“Are we ready?” he asked.', 'Nobody answered.']],
  ['Flood warnings issued for coastal towns\nOTTAWA — Rain fell all night.', ['Flood warnings issued for coastal towns', 'OTTAWA — Rain fell all night.']],
  ['The rate rose to 3.5 per cent. That was high.', ['The rate rose to 3.5 per cent.', 'That was high.']],
  ['He lives at No. 10 Downing St. in London.', ['He lives at No. 10 Downing St. in London.']],
  ['Asked if he would resign, he said no. The crowd cheered.', ['Asked if he would resign, he said no.', 'The crowd cheered.']],
  ['Wait... what happened? Nobody knows!', ['Wait... what happened?', 'Nobody knows!']],
  ['The vote (held on Jan. 5) was close. (The count took days.) Then it ended.', ['The vote (held on Jan. 5) was close.', '(The count took days.)', 'Then it ended.']],
  ['She moved to Boston, Mass. The city welcomed her.', ['She moved to Boston, Mass.', 'The city welcomed her.']],
  ['Rep. Ro Khanna (D-Calif.) and Sen. Rand Paul (R-Ky.) agreed.', ['Rep. Ro Khanna (D-Calif.) and Sen. Rand Paul (R-Ky.) agreed.']],
  ['Lt. Gen. Mark Hertling retired. Mr. Smith did not.', ['Lt. Gen. Mark Hertling retired.', 'Mr. Smith did not.']],
  ['The e.g. case is rare. i.e. it happens.', ['The e.g. case is rare. i.e. it happens.']],
  ["'It is over,' he said. 'Go home.'", ["'It is over,' he said.", "'Go home.'"]],
  ['First paragraph ends here.\n\nSecond one starts here', ['First paragraph ends here.', 'Second one starts here']],
];

for (const [passage, expected] of PASSAGES) {
  test(`splits "${passage.slice(0, 50).replace(/\n/g, '⏎')}" into ${expected.length} sentence(s)`, () => {
    const got = splitSentences(passage, { start: 0, end: passage.length });
    assert.deepEqual(got.map((s) => passage.slice(s.start, s.end)), expected, got.map((s) => showSpan(passage, s)).join('\n'));
  });
}

test('sentences are found only inside the given range', () => {
  const text = 'Outside. Inside one. Inside two. Outside again.';
  const got = splitSentences(text, { start: 9, end: 32 });
  assert.deepEqual(got.map((s) => text.slice(s.start, s.end)), ['Inside one.', 'Inside two.']);
});

test('a line without a full stop ends at the line end', () => {
  const text = 'A headline\nBody text.';
  assert.equal(splitSentences(text, { start: 0, end: text.length })[0]!.rule, 'line-end');
});

test('every passage of the news regression set (bench/sentences/cases.json) splits as written', () => {
  for (const c of loadSentenceCases('cases')) {
    const got = splitSentences(c.text, { start: 0, end: c.text.length });
    assert.deepEqual(got.map((s) => c.text.slice(s.start, s.end)), c.sentences, got.map((s) => showSpan(c.text, s)).join('\n'));
  }
});
