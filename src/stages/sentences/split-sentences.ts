/**
 * Splits a range of text into sentences. News-specific: titles and abbreviations (Sen., U.S.,
 * p.m., Inc.), initials, "(D-Mass.)", closing quotation marks after the full stop, and lines
 * without a full stop (headlines, datelines, bylines) that end where the line ends.
 */
import type { Span } from '../../core/span.js';
import { trimSpan } from '../../core/span.js';
import {
  BEFORE_NUMBER, CLOSERS, MAYBE_FINAL, CONNECTORS, NAME_CONTINUATIONS, NEVER_FINAL, VERBS_AFTER_SUBJECT, OPENERS, PLACE_ABBREVIATIONS, SENTENCE_OPENERS, TERMINALS,
  TIME_ABBREVIATIONS, TIME_CONTINUATIONS,
} from './rules.js';

export interface SentenceSpan extends Span {
  /** Why the sentence ends where it does. */
  readonly rule: 'terminal' | 'line-end' | 'range-end';
}

/** The word (letters and inner dots) that ends right before `at` (the position of a full stop). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.'’-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^[-'’]+/, '');
}

function wordAfter(text: string, at: number): string {
  const m = /^[\s"'“‘«(]*([\p{L}\p{N}]+)/u.exec(text.slice(at, at + 40));
  return m ? m[1]! : '';
}

/**
 * After a dotted abbreviation (U.S., p.m.) and before a capitalised word that is no common opener:
 * a sentence ends only when that word reads as a sentence's first word, i.e. it opens a quotation,
 * or (after a time) is followed by a lowercase word that is no connector ("5 p.m. Counting began"),
 * or (after a place, which often stands as an adjective: "U.S. Democratic candidate") by a verb
 * ("the U.S. Talks will …"). "U.S. Golf Association" and "10 a.m. Eastern time" go on.
 */
function dottedEnds(text: string, dotted: string, next: number): boolean {
  const m = /^[ \t]*(["“‘«]?)(\p{Lu}[\p{L}’'-]*)([ \t]+([\p{L}]+))?/u.exec(text.slice(next, next + 60));
  if (!m) return false;
  const quoted = m[1] !== '';
  const first = m[2]!.toLowerCase();
  const second = m[4] ?? '';
  if (TIME_ABBREVIATIONS.has(dotted)) return quoted || (!TIME_CONTINUATIONS.has(first) && /^\p{Ll}/u.test(second) && !CONNECTORS.has(second));
  if (PLACE_ABBREVIATIONS.has(dotted)) return quoted || (!NAME_CONTINUATIONS.has(first) && VERBS_AFTER_SUBJECT.has(second));
  return false; // initials (R.R. Holloway) and e.g., i.e.
}

/** Does a full stop at `dot` end the sentence, given what follows at `next`? */
function fullStopEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/\./g, '').toLowerCase();
  const following = wordAfter(text, next);
  const opener = SENTENCE_OPENERS.has(following.toLowerCase());
  if (word.includes('.')) return opener || dottedEnds(text, word.toLowerCase() + '.', next); // U.S., p.m., e.g.
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: John F. Kennedy
  if (NEVER_FINAL.has(bare)) return false;
  if (BEFORE_NUMBER.has(bare) && /^\d/.test(following)) return false;
  if (MAYBE_FINAL.has(bare)) return opener;
  return true;
}

/** Where a sentence that ends with the terminal at `i` stops (after closers), or -1 if it does not end there. */
function endAfterTerminal(text: string, i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && TERMINALS.includes(text[j]!)) j++;
  while (j < limit && CLOSERS.includes(text[j]!)) j++;
  if (j >= limit) return limit;
  if (!/\s/.test(text[j]!)) return -1; // 3.5, U.S.-led, "yes."he — not a break
  let k = j;
  while (k < limit && /[ \t]/.test(text[k]!)) k++;
  if (k >= limit || text[k] === '\n') return j;
  const c = text[k]!;
  const startsNew = /[\p{Lu}\p{N}]/u.test(c) || OPENERS.includes(c);
  if (!startsNew) return -1;
  if (text[i] === '.' && !fullStopEnds(text, i, k)) return -1;
  return j;
}

/** Splits one line (no newline inside) into sentences. */
function splitLine(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let from = start;
  for (let i = start; i < end; i++) {
    if (!TERMINALS.includes(text[i]!)) continue;
    const stop = endAfterTerminal(text, i, end);
    if (stop < 0) continue;
    const s = trimSpan(text, { start: from, end: stop });
    if (s.end > s.start) out.push({ ...s, rule: stop === end ? 'range-end' : 'terminal' });
    from = stop;
    i = stop - 1;
  }
  const rest = trimSpan(text, { start: from, end });
  if (rest.end > rest.start) out.push({ ...rest, rule: 'line-end' });
}

/** Splits text[range) into sentences; every newline ends a sentence (news text keeps one paragraph or heading a line). */
export function splitSentences(text: string, range: Span): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || text[i] === '\n') {
      splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}
