/** The sentence splitters compared: ours and four libraries, each as text → sentence strings. */
import nlp from 'compromise';
import sbd from 'sbd';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences } from '../../src/stages/sentences/split-sentences.js';

const wink = winkNLP(model);
const intl = new Intl.Segmenter('en', { granularity: 'sentence' });

export type Splitter = (text: string) => string[];

export const SPLITTERS: ReadonlyArray<readonly [string, Splitter]> = [
  ['presstrail', (t) => splitSentences(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end))],
  ['sbd 1.0 (newline_boundaries)', (t) => sbd.sentences(t, { newline_boundaries: true })],
  ['compromise 14', (t) => nlp(t).sentences().out('array') as string[]],
  ['wink-nlp 2 (eng-lite-web)', (t) => wink.readDoc(t).sentences().out()],
  ['Intl.Segmenter', (t) => Array.from(intl.segment(t), (s) => s.segment)],
];

/** A splitter run on each line apart: what every library gets when the caller splits lines first, as our stage does. */
export function byLine(split: Splitter): Splitter {
  return (t) => t.split('\n').flatMap((line) => split(line));
}
