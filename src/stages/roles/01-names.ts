/**
 * 01: person-name shapes next to a title: a run of capitalised words with initials, particles
 * ("bin", "van der") and suffixes ("Jr."). When the `mentions` layer has a PERSON mention at
 * that place, its span wins (the tagger saw the whole sentence).
 */
import type { Mention } from '../../core/mention.js';
import type { Span } from '../../core/span.js';

// "al-Assad", "bin-Salman": a lower-case particle joined by a hyphen is part of the word.
const WORD = String.raw`(?:[A-Z]\.|(?:al|el|ad|as|ash|bin|ibn)-\p{Lu}[\p{L}'’]+|\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-[\p{Lu}\p{Ll}][\p{L}'’]+)*)`;
const PARTICLE = String.raw`(?:de|da|del|della|van|von|der|den|bin|bint|al|el|ben|le|la|di|du|dos|das|ibn)`;
const FORWARD = new RegExp(String.raw`^${WORD}(?:\s(?:${PARTICLE}\s)*${WORD}){0,3}(?:,?\s(?:Jr\.|Sr\.|III|II|IV)(?![\p{L}]))?`, 'u');
const BACKWARD = new RegExp(String.raw`(?<![\p{L}.'’-])${WORD}(?:\s(?:${PARTICLE}\s)*${WORD}){0,3}$`, 'u');
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'bint', 'al', 'el', 'ben', 'le', 'la', 'di', 'du', 'dos', 'das', 'ibn']);

/** Capitalised words that start sentences or name days: never the first word of a name. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'But', 'And',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Mr.', 'Mrs.', 'Ms.', 'If', 'When', 'After', 'Before', 'As', 'For', 'Last', 'Next',
]);

function cutAtStopWord(text: string, s: Span): Span | null {
  const words = text.slice(s.start, s.end).split(/\s/);
  let end = s.start;
  for (const [i, w] of words.entries()) {
    if (NOT_NAMES.has(w.replace(/,$/, ''))) { if (i === 0) return null; break; }
    end = end === s.start && i === 0 ? s.start + w.length : end + 1 + w.length;
  }
  const out = { start: s.start, end };
  return /\p{Ll}/u.test(text.slice(out.start, out.end)) ? out : null;
}

function mentionAt(mentions: readonly Mention[], start: number, end?: number): Span | null {
  const m = mentions.find((x) => x.type === 'PERSON' && (x.start === start || (end !== undefined && x.end === end)));
  return m ? { start: m.start, end: m.end } : null;
}

/** The name starting at `at` (leading spaces skipped), or null. */
export function nameAfter(text: string, at: number, mentions: readonly Mention[]): Span | null {
  let start = at;
  while (text[start] === ' ') start++;
  const fromTagger = mentionAt(mentions, start);
  if (fromTagger) return fromTagger;
  const m = FORWARD.exec(text.slice(start, start + 80));
  // "President Putin's decree": the possessive is not part of the name.
  return m ? cutAtStopWord(text, { start, end: start + m[0].replace(/,$/, '').replace(/[’']s$/, '').length }) : null;
}

/** The name ending at `end` (up to four words back), or null. */
export function nameBefore(text: string, end: number, mentions: readonly Mention[]): Span | null {
  const fromTagger = mentionAt(mentions, -1, end);
  if (fromTagger) return fromTagger;
  const windowStart = Math.max(0, end - 80);
  const m = BACKWARD.exec(text.slice(windowStart, end));
  if (!m) return null;
  let start = windowStart + m.index;
  for (const w of m[0].split(/\s/)) {
    if (!NOT_NAMES.has(w) && !PARTICLES.has(w)) break;
    start += w.length + 1;
  }
  return start < end && /\p{Ll}/u.test(text.slice(start, end)) ? { start, end } : null;
}
