/**
 * Rule tables for the ner stage: what the tagger may propose but the stage never reports as a
 * name. Each entry says why. (The tagger's own knowledge is in its weights and gazetteers/.)
 */
import { CALENDAR } from './gazetteers/people.js';

/** A mention whose whole text is one of these is dropped. */
export const NOT_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`^(?:${CALENDAR.replace(/\s+/g, '')})\\.?$`, 'i'), 'months and weekdays are dates, not names (the dates layer has them)'],
  [/^(?:related|related news|more news|read more|advertisement|share|comments?|photo|video|watch|listen|subscribe|newsletter|sign up|log in|menu|home|breaking|update|updated|exclusive|opinion|analysis|editorial|live)$/i, 'page furniture and section labels, even when the articles stage left them in the body'],
  [/^[\p{Ll}\d\W]/u, 'a name starts with a capital letter (a lowercase start is a tagger slip)'],
  [/^[DRI]-[A-Z][A-Za-z.]*$/, 'party-state tags ("D-Mass.") are evidence of a role, not the name of an organisation'],
  [/^(?:I|A|The|This|That|These|Those|He|She|It|We|They|You|His|Her|Its|Our|Their|But|And|Or|If|When|While|After|Before|In|On|At|Of|For|As|So|Yes|No|Mr|Mrs|Ms|Dr)\.?$/, 'function words and bare titles alone are never names'],
];

/** Why a mention text is not a name, or null when it may be one. */
export function notNameReason(text: string): string | null {
  for (const [pattern, reason] of NOT_NAMES) if (pattern.test(text)) return reason;
  return null;
}
