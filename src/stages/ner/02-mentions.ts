/**
 * Step 02: tag one article's units, apply the document-level surname pass, map token spans back
 * to character spans and drop what the rule table says is never a name.
 */
import type { Mention } from '../../core/mention.js';
import { surnameConsistency } from './consistency.js';
import type { NerModel } from './model.js';
import { notNameReason } from './rules.js';
import { tagDocument, type TaggedSpan } from './tagger.js';
import type { Token } from './tokenize.js';

export function articleMentions(text: string, articleId: string, units: readonly Token[][], model: NerModel, by: string): Mention[] {
  const words = units.map((u) => u.map((t) => t.text));
  const tagged = tagDocument(model, words).map((t) => t.spans);
  const consistent = surnameConsistency(words, tagged);
  const out: Mention[] = [];
  units.forEach((tokens, k) => {
    const before = new Set(tagged[k]!.map((s: TaggedSpan) => `${s.start}:${s.end}:${s.type}`));
    for (const s of consistent[k]!) {
      const start = tokens[s.start]!.start;
      const end = tokens[s.end - 1]!.end;
      if (notNameReason(text.slice(start, end)) !== null) continue;
      const rule = before.has(`${s.start}:${s.end}:${s.type}`) ? 'tagger' : 'surname-consistency';
      out.push({ start, end, by, rule, type: s.type, article: articleId, confidence: s.confidence });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
