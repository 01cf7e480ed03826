import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesOf } from './testing.js';

test('a portfolio title before a name: "Defense Secretary Lloyd Austin", "Interior Minister Ana Costa"', () => {
  assert.deepEqual(rolesOf('Defense Secretary Lloyd Austin met Interior Minister Ana Costa on Monday.').rows, [
    ['Lloyd Austin', 'Defense Secretary', null, null, null, false],
    ['Ana Costa', 'Interior Minister', null, null, null, false],
  ]);
});

test('a title in apposition: "Ana Costa, the foreign minister," and "Olaf Scholz, Germany\'s chancellor,"', () => {
  assert.deepEqual(rolesOf('Ana Costa, the foreign minister, said the talks failed.').rows, [['Ana Costa', 'Foreign Minister', null, null, null, false]]);
  assert.deepEqual(rolesOf('Olaf Scholz, Germany\'s chancellor, arrived late.').rows, [['Olaf Scholz', 'Chancellor', 'Germany', null, null, false]]);
  assert.deepEqual(rolesOf('Jane Roe, a spokeswoman for the Health Ministry, declined to comment.').rows, [['Jane Roe', 'Spokeswoman', 'Health Ministry', null, null, false]]);
});

test('a party-state tag gives party, state and the Senate: "Sen. Ed Markey (D-Mass.)"', () => {
  const { rows, roles, doc } = rolesOf('"We will act," said Sen. Ed Markey (D-Mass.) on Tuesday.');
  assert.deepEqual(rows, [['Ed Markey', 'Senator', 'U.S. Senate', 'Democratic', 'Massachusetts', false]]);
  assert.equal(doc.text.slice(roles[0]!.start, roles[0]!.end), 'Sen. Ed Markey (D-Mass.)');
  assert.equal(doc.text.slice(roles[0]!.titleSpan.start, roles[0]!.titleSpan.end), 'Sen.');
  assert.deepEqual(rolesOf('Ted Cruz (R-Texas) objected.').rows, [['Ted Cruz', 'Member of Congress', 'U.S. Congress', 'Republican', 'Texas', false]]);
});

test('nationality and company words are the organisation; "former" marks a past role', () => {
  assert.deepEqual(rolesOf('Israeli Prime Minister Benjamin Netanyahu spoke. Former President Bill Clinton also spoke.').rows, [
    ['Benjamin Netanyahu', 'Prime Minister', 'Israel', null, null, false],
    ['Bill Clinton', 'President', null, null, null, true],
  ]);
  assert.deepEqual(rolesOf('Pfizer chief executive Albert Bourla said so.').rows, [['Albert Bourla', 'Chief Executive', 'Pfizer', null, null, false]]);
  assert.deepEqual(rolesOf('U.S. Secretary of State Antony Blinken flew to Kyiv.').rows, [['Antony Blinken', 'Secretary of State', 'United States', null, null, false]]);
});

test('a PERSON mention from the tagger sets the name span', () => {
  const text = 'Health Minister Ana Maria Costa Lima resigned.';
  const start = text.indexOf('Ana');
  assert.deepEqual(rolesOf(text, [{ start, end: start + 'Ana Maria Costa Lima'.length, type: 'PERSON' }]).rows[0]!.slice(0, 2), ['Ana Maria Costa Lima', 'Health Minister']);
});

test('a possessive is not part of the name and a sentence-opening adverb is no organisation', () => {
  assert.deepEqual(rolesOf('President Putin\'s decree was signed.').rows, [['Putin', 'President', null, null, null, false]]);
  assert.deepEqual(rolesOf('Yesterday President Joe Biden left.').rows, [['Joe Biden', 'President', null, null, null, false]]);
});
