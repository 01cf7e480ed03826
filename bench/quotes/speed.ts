/**
 * Words per second on one core for sentences + quotes and for quotes (+ speakers) alone. The
 * articles layer is built before the clock starts; the best of `reps` passes is kept, because
 * other work on a shared machine only ever slows a pass down.
 */
import { silentContext } from '../../src/core/stage.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { articlesOf, type GoldRecord, type Mode } from './predict.js';

export interface Speed {
  readonly words: number;
  readonly sentencesAndQuotes: number;
  readonly quotesOnly: number;
  /** The baseline in the same process: the sentences stage alone (the pass the quotes stage reads). */
  readonly sentencesOnly: number;
}

export function measureSpeed(records: readonly GoldRecord[], mode: Mode, reps = 5): Speed {
  const docs = records.map((r) => articlesOf(r.text, mode));
  const words = records.reduce((n, r) => n + r.text.split(/\s+/).filter(Boolean).length, 0);
  let both = Infinity;
  let quotes = Infinity;
  let sentences = Infinity;
  for (let i = 0; i < reps; i++) {
    let tBoth = 0;
    let tQuotes = 0;
    for (const doc of docs) {
      const t0 = process.hrtime.bigint();
      const withSentences = sentencesStage.run(doc, silentContext);
      const t1 = process.hrtime.bigint();
      quotesStage.run(withSentences, silentContext);
      const t2 = process.hrtime.bigint();
      tBoth += Number(t2 - t0) / 1e9;
      tQuotes += Number(t2 - t1) / 1e9;
    }
    both = Math.min(both, tBoth);
    quotes = Math.min(quotes, tQuotes);
    sentences = Math.min(sentences, tBoth - tQuotes);
  }
  return { words, sentencesAndQuotes: words / both, quotesOnly: words / quotes, sentencesOnly: words / sentences };
}
