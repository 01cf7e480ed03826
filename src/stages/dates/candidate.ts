import type { DateQualifier } from '../../core/date-expression.js';

/**
 * A date expression before resolution: its span, what the words said for certain (`known*`),
 * and the calendar day a parser read it as (`year`/`month`/`day`, some of them implied).
 */
export interface DateCandidate {
  readonly start: number;
  readonly end: number;
  /** `chrono:<parser>` or one of ours (`year-after-preposition`). */
  readonly rule: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly knownYear: boolean;
  readonly knownMonth: boolean;
  readonly knownDay: boolean;
  readonly knownWeekday: boolean;
  /** Relative to publication ("last week", "three years ago", "yesterday"): the parser's day is already right. */
  readonly relative: boolean;
  readonly qualifier: DateQualifier | null;
}
