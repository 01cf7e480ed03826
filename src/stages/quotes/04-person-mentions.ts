/**
 * Step 04b: named people mentioned outside attributions ("Her colleague Martin Hale disagreed",
 * "the verdict of Gloria Benn, who …"), so pronouns and descriptors can resolve to them. Only names
 * the text marks as people — a title or role word before them, or an appositive or "who" after —
 * count, so places and companies do not capture "he" and "she". (A fuller NER issue replaces this.)
 */
import type { Span } from '../../core/span.js';
import { PERSON_NOUNS, TITLE_WORDS } from './rules.js';

/** A word of a name: "Costa", "Jean-Pierre", "McMillen". */
const WORD = "\\p{Lu}[\\p{Ll}’'-]+(?:-?\\p{Lu}[\\p{Ll}’'-]+)*";
const NAME = new RegExp(`${WORD}(?:\\s+(?:\\p{Lu}\\.|${WORD}|(?:de|van|von|da|di|le|la)\\s+${WORD})){1,3}`, 'gu');
const ROLE_BEFORE = /([\p{L}.]+)\s+$/u;
const PERSON_AFTER = /^(?:,\s+(?:who|whose|a|an|the|\d+)\b|\s+\(\d+\))/;

function marksPerson(text: string, s: Span): boolean {
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start));
  const word = before?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
  const first = text.slice(s.start, s.end).split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
  if (TITLE_WORDS.has(first) || TITLE_WORDS.has(word) || PERSON_NOUNS.has(word) || /^(colleague|wife|husband|lawyer|brother|sister|named|by|of)$/.test(word)) return true;
  return PERSON_AFTER.test(text.slice(s.end, s.end + 12));
}

/** Spans of person names in text[range), in text order, skipping any inside `skip` (quotations). */
export function personMentions(text: string, range: Span, skip: readonly Span[]): Span[] {
  const out: Span[] = [];
  const slice = text.slice(range.start, range.end);
  NAME.lastIndex = 0;
  for (let m = NAME.exec(slice); m; m = NAME.exec(slice)) {
    const s = { start: range.start + m.index, end: range.start + m.index + m[0].length };
    if (skip.some((k) => k.start <= s.start && s.end <= k.end)) continue;
    if (/^(The|A|An|In|On|At|But|And|Her|His|Their|This|That|When|After|Before|If|As)\s/.test(m[0])) continue;
    if (marksPerson(text, s)) out.push(s);
  }
  return out;
}
