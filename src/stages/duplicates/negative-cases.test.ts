/** What copy detection must NOT report. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copiesOfRecords } from './testing.js';

const NEWSLETTER = 'Sign up for our morning newsletter to get the day\'s most important stories from the region delivered to your inbox every weekday, and follow us on social media for breaking news alerts and live coverage.';
const LICENCE = 'This article is published under a Creative Commons licence. You may republish it for free, online or in print, as long as you credit the author and the outlet and link back to the original page on our website.';

test('two reports of the same event in different words are not copies', async () => {
  const found = await copiesOfRecords([
    { title: 'Storm cuts power to thousands', date: '2024-02-01', outlet: 'North Star', text: [
      'A winter storm left about 30,000 homes without electricity across the northern counties on Thursday, the grid operator said, as winds of up to 120 kilometres an hour brought down lines.',
      'Crews worked through the night, but the operator warned that some villages in the hills might wait until the weekend before power returned.',
      '"We have every available team out there," a spokeswoman for the operator said, urging people to stay away from fallen cables.',
    ].join('\n\n') },
    { title: 'Thousands in the dark after gales', date: '2024-02-01', outlet: 'Valley Courier', text: [
      'Gales of up to 120 km/h brought down power lines across the north on Thursday, and the grid operator said that roughly 30,000 households had lost electricity.',
      'Repair teams were out all night. Some remote hill villages, the operator warned, could be without power until Saturday or Sunday.',
      'A spokeswoman told residents not to approach fallen cables and said "every available team" had been sent out.',
    ].join('\n\n') },
  ]);
  assert.deepEqual(found.pairs.map((p) => p.rule), []);
});

test('shared boilerplate alone does not make two articles copies', async () => {
  const found = await copiesOfRecords([
    { title: 'Council approves new cycle lanes', date: '2024-02-02', outlet: 'Town Gazette', text: [
      'The town council approved eleven kilometres of new cycle lanes on Tuesday, linking the station to the university campus and the hospital.',
      'Work will start in April and should be finished by the end of the year, the council said, at a cost of about two million euros.',
      NEWSLETTER, LICENCE,
    ].join('\n\n') },
    { title: 'Bakery wins national prize', date: '2024-02-03', outlet: 'Town Gazette', text: [
      'A family bakery on Market Street has won the national prize for the best sourdough bread, beating more than three hundred entries from across the country.',
      'The owners said they would use the prize money to train two apprentices and to open on Sundays from next month.',
      NEWSLETTER, LICENCE,
    ].join('\n\n') },
  ]);
  assert.deepEqual(found.pairs.map((p) => p.rule), []);
});

test('one shared sentence is not a copy', async () => {
  const shared = 'The ministry said the figures would be published in full next week.';
  const found = await copiesOfRecords([
    { title: 'Exports rise', date: '2024-03-01', outlet: 'A', text: `Exports rose by four percent in the first quarter, led by machinery and chemicals, according to preliminary figures released on Friday. ${shared}\n\nEconomists had expected a smaller rise after a weak winter.` },
    { title: 'Unemployment falls', date: '2024-03-01', outlet: 'B', text: `Unemployment fell to its lowest level in eight years in February, as construction and tourism firms hired more staff ahead of the spring. ${shared}\n\nUnions said wages were still lagging behind prices.` },
  ]);
  assert.deepEqual(found.pairs, []);
});

test('an article is never a copy of itself, and an empty article matches nothing', async () => {
  const found = await copiesOfRecords([
    { title: 'Alone', date: '2024-03-01', outlet: 'A', text: 'A single article about the harbour, with enough words to be indexed by the copy detector but nothing to match against anywhere else.' },
    { title: 'Empty', date: '2024-03-01', outlet: 'B', text: '' },
  ]);
  assert.deepEqual(found.pairs, []);
});
