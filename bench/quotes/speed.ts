/**
 * Words per second on one core for sentences + quotes and for quotes (+ speakers) alone. The
 * articles layer is built before the clock starts; the clock is the process's CPU time (user +
 * system), so time the process spends waiting for a core on a shared machine does not count; the
 * best of `reps` passes is kept, because other work only ever slows a pass down.
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

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
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
      const t0 = cpuSeconds();
      const withSentences = sentencesStage.run(doc, silentContext);
      const t1 = cpuSeconds();
      quotesStage.run(withSentences, silentContext);
      const t2 = cpuSeconds();
      tBoth += t2 - t0;
      tQuotes += t2 - t1;
    }
    both = Math.min(both, tBoth);
    quotes = Math.min(quotes, tQuotes);
    sentences = Math.min(sentences, tBoth - tQuotes);
  }
  return { words, sentencesAndQuotes: words / both, quotesOnly: words / quotes, sentencesOnly: words / sentences };
}
