/**
 * Step 02: speech cues. Finds speech verbs and "according to"-type phrases in a stretch of text,
 * outside quoted runs (a verb inside a quotation is the quoted person's, not the reporter's).
 */
import type { Span } from '../../core/span.js';
import { SOURCE_FIRST_CUES, SPEECH_VERBS, WEAK_INDIRECT } from './rules.js';

export interface Cue extends Span {
  readonly word: string;
  /** `verb` for speech verbs, `source-first` for "according to X". */
  readonly type: 'verb' | 'source-first';
  /** Whether the verb is one that, without marks, needs "that" to be speech (WEAK_INDIRECT). */
  readonly weak: boolean;
}

const VERBS = new Set(SPEECH_VERBS);
const NAME_NOUN_CUES = /^(?:States?|Posts?|Reports?|Notes|Review|Record|Show|Call|Comment|Statement)$/;
const PHRASES = new RegExp(`\\b(${SOURCE_FIRST_CUES.join('|')})\\b`, 'gi');

function inside(runs: readonly Span[], at: number): boolean {
  return runs.some((r) => r.start <= at && at < r.end);
}

/** Cues in text[range), skipping any inside `runs`, in text order. */
export function findCues(text: string, range: Span, runs: readonly Span[]): Cue[] {
  const slice = text.slice(range.start, range.end);
  const out: Cue[] = [];
  const word = /[\p{L}’']+/gu;
  for (let m = word.exec(slice); m; m = word.exec(slice)) {
    const w = m[0].toLowerCase();
    const start = range.start + m.index;
    if (!VERBS.has(w) || inside(runs, start)) continue;
    // "the United States said", "The Washington Post", "Consumer Reports": a cue word that is also a noun, capitalised
    // after a capitalised word, ends a name; other capitalised verbs may be title case ("Clinton Says")
    if (NAME_NOUN_CUES.test(m[0]) && /\p{Lu}[\p{L}.’'-]*\s+$/u.test(slice.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "the said" / "a report" / "his statement": a determiner before makes it a noun
    if (/\b(the|a|an|his|her|their|its|our|this|that)\s+$/i.test(slice.slice(Math.max(0, m.index - 7), m.index)) && !/^(said|told)$/.test(w)) continue;
    // "in remarks to UOL", "in comments posted online": a preposition before a plural form makes it a noun
    if (/s$/.test(w) && /\b(in|with|of|for)\s+$/i.test(slice.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push({ start, end: start + m[0].length, word: w, type: 'verb', weak: WEAK_INDIRECT.has(w) });
  }
  PHRASES.lastIndex = 0;
  for (let m = PHRASES.exec(slice); m; m = PHRASES.exec(slice)) {
    const start = range.start + m.index;
    if (!inside(runs, start)) out.push({ start, end: start + m[0].length, word: m[0].toLowerCase(), type: 'source-first', weak: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
