/** 03: "early", "mid-", "late", "the end of", "earlier this", "later this" before an expression widen its span and narrow its days. */
import type { DateCandidate } from './candidate.js';
import { QUALIFIERS } from './rules.js';

const LOOK_BACK = 24;

/** chrono reads "end of November" as November 30; the words name a part of the month, not a day. */
const PART_OF = /^(?:the\s+)?(end|beginning|start|middle) of\s/i;
const PART_QUALIFIER = { end: 'late', beginning: 'early', start: 'early', middle: 'mid' } as const;

export function withQualifier(text: string, c: DateCandidate): DateCandidate & { qualifierRule?: string } {
  const part = PART_OF.exec(text.slice(c.start, c.end));
  if (part && c.knownMonth) {
    const qualifier = PART_QUALIFIER[part[1]!.toLowerCase() as keyof typeof PART_QUALIFIER];
    const widened = /\bthe\s+$/i.exec(text.slice(Math.max(0, c.start - 4), c.start));
    return { ...c, start: c.start - (widened?.[0].length ?? 0), knownDay: false, qualifier, qualifierRule: `part-of-${part[1]!.toLowerCase()}` };
  }
  const before = text.slice(Math.max(0, c.start - LOOK_BACK), c.start);
  // chrono's span of "earlier this month" is "this month"; the qualifier sits before "this".
  for (const rule of QUALIFIERS) {
    const m = rule.before.exec(before);
    if (!m || (rule.words && !rule.words.test(text.slice(c.start, c.end)))) continue;
    return { ...c, start: c.start - (before.length - m.index), qualifier: rule.qualifier, qualifierRule: rule.id };
  }
  return c;
}
