/**
 * The baseline: compromise's people(), organizations() and places() (PERSON, ORG, LOC; it has no
 * MISC), run on each CoNLL document as space-joined text, with matches mapped back to tokens.
 */
import nlp from 'compromise';
import type { EntityType } from '../../src/core/mention.js';
import type { SpanKey } from '../../src/ner/score.js';

interface Match {
  readonly offset: { readonly start: number; readonly length: number };
}

/** Character spans of compromise's names in text, punctuation at either end trimmed. */
export function compromiseSpans(text: string): SpanKey[] {
  const doc = nlp(text);
  const out: SpanKey[] = [];
  const groups: ReadonlyArray<readonly [EntityType, Match[]]> = [
    ['PERSON', doc.people().json({ offset: true }) as Match[]],
    ['ORG', doc.organizations().json({ offset: true }) as Match[]],
    ['LOC', doc.places().json({ offset: true }) as Match[]],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start]!)) start++;
      while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
      while (end > start && text[end - 1] === '.' && text[end - 2] === ' ') end -= 2;
      if (end > start) out.push({ start, end, type });
    }
  }
  return out;
}

/** compromise's names per sentence of one CoNLL document, as token spans. */
export function compromiseConll(sentences: readonly (readonly string[])[]): SpanKey[][] {
  const starts: Array<readonly [number, number, number]> = []; // char start, sentence, token
  let text = '';
  sentences.forEach((words, k) => {
    words.forEach((w, i) => {
      starts.push([text.length, k, i]);
      text += `${w} `;
    });
    text += '\n';
  });
  const byChar = new Map(starts.map(([c, k, i]) => [c, [k, i] as const]));
  const endChar = new Map(starts.map(([c, k, i]) => [c + sentences[k]![i]!.length, [k, i] as const]));
  const out: SpanKey[][] = sentences.map(() => []);
  for (const s of compromiseSpans(text)) {
    const a = byChar.get(s.start);
    const b = endChar.get(s.end);
    if (a && b && a[0] === b[0]) out[a[0]]!.push({ start: a[1], end: b[1] + 1, type: s.type });
  }
  return out;
}
