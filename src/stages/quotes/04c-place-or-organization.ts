/**
 * Step 04c: one capitalised word read as a speaker ("Ford said", "Alaska says") is a person's
 * surname only if the article does not use it as a place or an organisation elsewhere. The cues are
 * the article's own: "in Alaska", "from Ottawa", "the Ford company", "Ford Motor", "Calgary-based",
 * "Ford Inc.", "Ford shares". (A fuller entities stage replaces this.)
 */
import { PLACE_OR_ORGANIZATION_CUES } from './rules.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the text from `from` on use `word` as a place or an organisation at least once? */
export function placeOrOrganization(text: string, from: number, word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(word)) return false;
  const w = escape(word);
  const rest = text.slice(from);
  return PLACE_OR_ORGANIZATION_CUES.some((cue) => new RegExp(cue.pattern.replace(/X/g, w), 'u').test(rest));
}
