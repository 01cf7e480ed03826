/** Helpers for bench/ner/run.ts: the modern-news paragraphs through the real stages, and the timing of both taggers. */
import { getLayer } from '../../src/core/document.js';
import type { Mention } from '../../src/core/mention.js';
import { silentContext } from '../../src/core/stage.js';
import type { ConllDocument } from '../../src/ner/conll.js';
import type { SpanKey } from '../../src/ner/score.js';
import { surnameConsistency } from '../../src/stages/ner/consistency.js';
import { nerStage } from '../../src/stages/ner/index.js';
import type { NerModel } from '../../src/stages/ner/model.js';
import { tagDocument } from '../../src/stages/ner/tagger.js';
import { asOneArticle, plainDocument } from '../../src/stages/quotes/testing.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { compromiseConll } from './compromise-baseline.js';

/** A paragraph read as one title-less article, through sentences → ner. */
export function modernNewsMentions(text: string): SpanKey[] {
  const doc = nerStage.run(sentencesStage.run(asOneArticle(plainDocument(text), false), silentContext), silentContext);
  return getLayer<Mention>(doc, 'mentions').map((m) => ({ start: m.start, end: m.end, type: m.type }));
}

/** Best of `runs` in seconds, by the process's CPU time (user + system): on a shared machine wall time measures the neighbours too. */
function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    work();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1e6);
  }
  return best;
}

export function timeTokensPerSecond(model: NerModel, docs: readonly ConllDocument[]): { tokens: number; ours: number; compromise: number } {
  const words = docs.map((d) => d.map((s) => s.words));
  const tokens = words.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);
  const ours = bestOf(5, () => { for (const d of words) surnameConsistency(d, tagDocument(model, d).map((t) => t.spans)); });
  const theirs = bestOf(3, () => { for (const d of words) compromiseConll(d); });
  return { tokens, ours: tokens / ours, compromise: tokens / theirs };
}
