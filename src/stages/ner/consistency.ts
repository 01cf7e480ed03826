/**
 * Document-level consistency: once a full name ("Ana Costa") is tagged PERSON in a document, a
 * later bare surname ("Costa") is the same person wherever it stands capitalised on its own,
 * even where the tagger alone saw a place or nothing (news writes the full name once, then the
 * surname). Works on token spans so it serves both the stage and the CoNLL evaluation.
 */
import type { TaggedSpan } from './tagger.js';

/** Confidence given to a name found only by this pass. */
const PASS_CONFIDENCE = 0.6;

const capitalised = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);

/** Spans per sentence after the surname pass; the input is left as it is. */
export function surnameConsistency(sentences: readonly (readonly string[])[], spans: readonly (readonly TaggedSpan[])[]): TaggedSpan[][] {
  const surnames = new Set<string>();
  spans.forEach((list, k) => {
    for (const s of list) {
      if (s.type === 'PERSON' && s.end - s.start >= 2) {
        const last = sentences[k]![s.end - 1]!;
        if (capitalised(last)) surnames.add(last);
      }
    }
  });
  if (surnames.size === 0) return spans.map((l) => l.slice());
  return sentences.map((words, k) => {
    const list = spans[k]!;
    const out: TaggedSpan[] = [];
    for (const s of list) {
      const single = s.end - s.start === 1 && s.type !== 'PERSON' && surnames.has(words[s.start]!);
      out.push(single ? { ...s, type: 'PERSON', confidence: Math.min(s.confidence, PASS_CONFIDENCE) } : s);
    }
    const covered = new Uint8Array(words.length);
    for (const s of list) covered.fill(1, s.start, s.end);
    words.forEach((w, i) => {
      if (!covered[i] && surnames.has(w)) out.push({ start: i, end: i + 1, type: 'PERSON', confidence: PASS_CONFIDENCE });
    });
    return out.sort((a, b) => a.start - b.start);
  });
}
