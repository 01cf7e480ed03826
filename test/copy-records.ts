import { copiesStep } from '../src/service/copies-step.js';
import type { Store } from '../src/store/store.js';
import { sampleStore } from './server-helpers.js';

/** Four paragraphs of one story, as the Harbour Herald printed it. */
const STORY = [
  'The harbour ferry returned to service on Monday after three days of storms kept the boats tied up at the pier, the harbour authority said in a statement.',
  'Captain Ruth Okafor said the crossing was calm. "We are glad to be back on the water and the passengers were patient with us," she told reporters at the terminal.',
  'The authority said repairs to the damaged landing stage would take another two weeks, and that the evening sailings would run on a reduced timetable until then.',
  'Local traders welcomed the news. Shop owner Jonas Holm said the closure had cost the town centre much of its weekend trade and that the harbour was its lifeline.',
];

/**
 * Three reprint patterns of that story, written for these tests: the original; a next-day copy
 * that credits it, with words cut from the captain's quote and one figure changed; and a weekly
 * roundup that embeds three of its paragraphs between stories of its own.
 */
export const COPY_RECORDS = [
  { title: 'Harbour ferry returns after the storm', date: '2019-03-04', outlet: 'Harbour Herald', text: STORY.join('\n\n') },
  {
    title: 'Ferry back after storm', date: '2019-03-05', outlet: 'Coast Courier',
    text: [STORY[0], STORY[1]!.replace('glad to be back on the water and', 'glad to be back and'), STORY[2]!.replace('two weeks', 'three weeks'), STORY[3], 'This story was first published by Harbour Herald.'].join('\n\n'),
  },
  {
    title: 'Weekly roundup: ferry, fair and roads', date: '2019-03-09', outlet: 'Coast Weekly',
    text: [
      'Our weekly roundup of news from around the coast, with the stories readers followed most closely over the past seven days in the region.',
      'The county fair announced its dates for the summer, and organisers said more than forty stalls have already booked space on the showground near the river.',
      ...STORY.slice(0, 3),
      'Roadworks on the coast road will close one lane for a month from next Monday, the county council said, with delays expected at peak hours.',
    ].join('\n\n'),
  },
] as const;

/** A memory store holding the three copies (and an unrelated article), with the copy index built. */
export async function copiesStore(extra: Record<string, string> = {}): Promise<Store> {
  const store = await sampleStore({
    'copies.jsonl': COPY_RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n',
    'budget.txt': 'Council delays the budget vote\n\nTuesday, March 5, 2019\n\nThe town council postponed its budget vote on Tuesday. "The numbers do not add up," said councillor Mara Lindqvist.\n',
    ...extra,
  });
  await copiesStep.run(store);
  return store;
}
