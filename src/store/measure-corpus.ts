import type { Document } from '../core/document.js';
import { makeDocument } from './contract/fixtures.js';
import type { ArticleQuery } from './store.js';

// The synthetic news both measure scripts (sqlite/, postgres/) load, so their figures compare.
const OUTLETS = ['The Herald', 'Daily Post', 'Evening Star', 'Wire', 'Gazette'];

/** Deterministic pseudo-random words with a skewed frequency, roughly like news vocabulary. */
function* words(seed: number): Generator<string> {
  let x = seed * 2654435761 + 1;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const rank = Math.floor(Math.pow((x % 100_000) / 100_000, 3) * 5000);
    yield `w${rank.toString(36)}`;
  }
}

/** One article of 720 words (about 3.6 KB); every hundredth holds the rare word "zeppelin". */
export function syntheticDocument(i: number): Document {
  const gen = words(i);
  const body = Array.from({ length: 720 }, () => gen.next().value).join(' ');
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return makeDocument(`measure-${i}`, [{
    title: `Council ${gen.next().value} budget ${i}`, body: `${body} ${i % 100 === 0 ? 'zeppelin' : ''}`,
    date: `2023-${month}-${day}`, outlet: OUTLETS[i % OUTLETS.length]!,
  }]);
}

export const MEASURED_QUERIES: ReadonlyArray<readonly [string, ArticleQuery]> = [
  ['common word', { text: 'w0' }], ['rare word', { text: 'zeppelin' }], ['two words', { text: 'council w1' }],
  ['phrase', { text: '"council w2"' }], ['prefix (~40 words)', { text: 'w1a*' }], ['OR', { text: 'zeppelin OR w3k' }],
  ['word + outlet + dates', { text: 'w0', outlet: 'wire', from: '2023-03-01', to: '2023-06-30' }],
  ['no text, date order', {}], ['outlet only', { outlet: 'daily post' }], ['date range only', { from: '2023-05-01', to: '2023-05-31' }],
];
