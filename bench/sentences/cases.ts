/** The sentence regression passages (bench/sentences/cases.json) as texts with gold boundaries. */
import { readFileSync } from 'node:fs';

export interface SentenceCase {
  readonly text: string;
  /** End offsets of every sentence but the last: the boundaries a splitter must find. */
  readonly boundaries: readonly number[];
  readonly sentences: readonly string[];
}

const DIR = new URL('./', import.meta.url);

/** A sentence that ends without terminal punctuation (a headline, a byline) is followed by a newline, others by a space. */
export function joinSentences(sentences: readonly string[]): { text: string; boundaries: number[] } {
  let text = '';
  const boundaries: number[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) {
      boundaries.push(text.length);
      text += /[.!?…"”’')]$/.test(sentences[i - 1]!) ? ' ' : '\n';
    }
    text += s;
  });
  return { text, boundaries };
}

/** `cases.json` (the regression set) or `heldout.json` (written after the rules, never tuned on). */
export function loadSentenceCases(set: 'cases' | 'heldout' = 'cases'): SentenceCase[] {
  const file = JSON.parse(readFileSync(new URL(`${set}.json`, DIR), 'utf8')) as { cases: { sentences: string[] }[] };
  return file.cases.map((c) => ({ ...joinSentences(c.sentences), sentences: c.sentences }));
}
