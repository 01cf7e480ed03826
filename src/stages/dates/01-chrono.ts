/**
 * 01: candidates from chrono-node (casual English), parsed against the publication date at noon
 * UTC. Spans are trimmed of a leading preposition and trailing punctuation, so the evidence is the
 * date words themselves ("Tuesday", not "on Tuesday,").
 */
import * as chrono from 'chrono-node';
import type { DateCandidate } from './candidate.js';
import { RELATIVE_WORDS, REJECTS } from './rules.js';

const LEADING = /^(?:on|in|at|by|since|from|during|until|of)\s+/i;
const TRAILING = /[\s,.;:!?)]+$/;

function trimmed(text: string, index: number): { start: number; end: number } {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const tail = TRAILING.exec(text.slice(lead))?.[0].length ?? 0;
  return { start: index + lead, end: index + text.length - tail };
}

function ruleOf(result: chrono.ParsedResult): string {
  const parser = [...result.tags()].find((t) => t.startsWith('parser/'));
  return `chrono:${parser ? parser.slice('parser/'.length) : 'casual'}`;
}

/**
 * chrono reads "20 am" in "March 20 amid protests" as a bad clock time and drops the whole date, so
 * words that merely start with "am"/"pm" are masked (same length, so offsets stay).
 */
function masked(text: string): string {
  return text.replace(/\b[ap]m[a-z]+/gi, (w) => w[0] + 'x'.repeat(w.length - 1));
}

/** chrono's readings of `text` (a sentence) against `anchor` (YYYY-MM-DD); `offset` is where `text` starts in the document. */
export function chronoCandidates(text: string, offset: number, anchor: string): DateCandidate[] {
  const ref = { instant: new Date(`${anchor}T12:00:00Z`), timezone: 'UTC' };
  const out: DateCandidate[] = [];
  for (const r of chrono.en.casual.parse(masked(text), ref, { forwardDate: false })) {
    if (REJECTS.some((rule) => rule.test(r.text))) continue;
    const c = r.start;
    const hasDate = ['year', 'month', 'day', 'weekday'].some((k) => c.isCertain(k as chrono.Component));
    const relative = RELATIVE_WORDS.test(r.text);
    if (!hasDate && !relative) continue;
    out.push({
      ...trimmed(r.text, offset + r.index), rule: ruleOf(r),
      year: c.get('year')!, month: c.get('month')!, day: c.get('day')!,
      knownYear: c.isCertain('year'), knownMonth: c.isCertain('month'), knownDay: c.isCertain('day'), knownWeekday: c.isCertain('weekday'),
      relative, qualifier: null,
    });
  }
  return out;
}
