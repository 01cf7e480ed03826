/** 02: years chrono leaves alone: "in 2019", "since 2015", "mid-2023" (a preposition or qualifier makes a number a year). */
import type { DateCandidate } from './candidate.js';
import { YEAR_PATTERN } from './rules.js';

export function yearCandidates(text: string, offset: number, taken: readonly DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(new RegExp(YEAR_PATTERN.source, YEAR_PATTERN.flags))) {
    const start = offset + m.index! + m[0].length - m[2]!.length;
    const end = start + m[2]!.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({
      start, end, rule: 'year-after-preposition', year: Number(m[2]), month: 1, day: 1,
      knownYear: true, knownMonth: false, knownDay: false, knownWeekday: false, relative: false, qualifier: null,
    });
  }
  return out;
}
