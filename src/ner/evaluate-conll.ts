/** Scores a model on CoNLL documents, with or without the document-level surname pass. */
import { surnameConsistency } from '../stages/ner/consistency.js';
import type { NerModel } from '../stages/ner/model.js';
import { tagDocument } from '../stages/ner/tagger.js';
import type { ConllDocument } from './conll.js';
import { SpanScorer } from './score.js';

export function evaluateConll(model: NerModel, docs: readonly ConllDocument[], consistency = true): SpanScorer {
  const scorer = new SpanScorer();
  for (const doc of docs) {
    const words = doc.map((s) => s.words);
    const tagged = tagDocument(model, words).map((t) => t.spans);
    const spans = consistency ? surnameConsistency(words, tagged) : tagged;
    doc.forEach((s, i) => scorer.add(s.spans, spans[i]!));
  }
  return scorer;
}
