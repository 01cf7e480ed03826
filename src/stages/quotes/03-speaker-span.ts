/**
 * Step 03: the speaker phrase next to a cue. Before a verb ("Health Minister Ana Costa said",
 * "Hugh Hill, a doctor, said", "Costa, who said"), or after it ("said Costa", "according to the
 * ministry"). Returns the span of the phrase, or null when what sits there is no plausible speaker.
 */
import type { Span } from '../../core/span.js';
import { DOCUMENT_NOUNS, MEDIA_NAMES, MEDIA_NOUNS, ORGANIZATION_NOUNS, PERSON_NOUNS, PRONOUNS } from './rules.js';

/** Words between a speaker and its verb that belong to neither ("she also said", "he has repeatedly argued"). */
const AUX = new Set(['also', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'might', 'later', 'previously', 'then', 'repeatedly',
  'recently', 'once', 'reportedly', 'is', 'was', 'were', 'are', 'been', 'not', 'never', 'further', 'publicly', 'privately', 'had',
  'first', 'often', 'always', 'again', 'even', 'still', 'just', 'already', 'initially', 'earlier', 'quickly', 'simply', 'only', 'did', 'does', 'do']);
/** Words that end a speaker phrase read forwards from a cue. */
const STOP_AFTER = new Set(['in', 'on', 'at', 'during', 'when', 'after', 'as', 'that', 'who', 'which', 'while', 'before', 'last',
  'this', 'told', 'and', 'but', 'because', 'to', 'if', 'adding', 'noting', 'saying', 'said', 'told', 'earlier', 'today', 'yesterday']);
const DETERMINERS = /^(the|a|an|one|two|three|several|some|many|other|another|his|her|their|its|our|both|all|most)$/i;

const MEDIA = new Set(MEDIA_NAMES.map((m) => m.toLowerCase()));

function singular(w: string): string {
  return w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w;
}

/** Single capitalized words that open sentences but name no one ("Monday, …", "Given …", "Along …"). */
const NOT_A_SPEAKER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Given|Along|Following|Despite|Controversy|Meanwhile|However|Also|Still|Yet|Today|Yesterday|Here|There|Now|Then|This|That|These|Those|It|Its|It’s|It's|Such|Instead|Later|Earlier|Overall|Critics?)$/;

/** Is this phrase something that can speak: a name, a pronoun, or a noun from the speaker tables? */
export function plausibleSpeaker(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (/^(following|unlike|despite|although|though|read|watch)$/i.test(words[0]!)) return false;
  if (words.length === 1 && PRONOUNS[words[0]!.toLowerCase()]) return true;
  // "Williamson's request said": a possessive ends a noun phrase whose head is the cue word itself
  if (/[’']s$/.test(words[words.length - 1]!)) return false;
  if (words.length === 1 && NOT_A_SPEAKER.test(words[0]!)) return false;
  if (MEDIA.has(phrase.toLowerCase().replace(/^the /, ''))) return true;
  if (words.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !DETERMINERS.test(w)))) return true;
  // "one passenger", "a neighbour": a short determiner phrase is someone
  if (DETERMINERS.test(words[0]!) && words.length <= 5) return true;
  return words.some((w) => {
    const l = w.toLowerCase().replace(/[^\p{L}-]/gu, '');
    return PERSON_NOUNS.has(l) || PERSON_NOUNS.has(singular(l)) || ORGANIZATION_NOUNS.has(l) || ORGANIZATION_NOUNS.has(singular(l))
      || DOCUMENT_NOUNS.has(l) || DOCUMENT_NOUNS.has(singular(l)) || MEDIA_NOUNS.has(l) || l === 'experts' || l === 'observers';
  });
}

/** The text of the clause chunk ending at `end` and starting after the last delimiter at or after `limit`. */
function chunkBefore(text: string, limit: number, end: number, clause = true): Span {
  let i = end;
  const stop = (k: number) => /[,;:!?“”"«»()—–]/.test(text[k]!) || (text[k] === '-' && text[k - 1] === '-') || (text[k] === '.' && !/\p{Lu}/u.test(text[k - 1] ?? ''));
  while (i > limit && !stop(i - 1)) i--;
  // a long chunk is a clause: its subject starts after the last conjunction ("… -- and Hadwin says")
  const chunk = text.slice(i, end);
  const conj = clause && chunk.split(/\s+/).length > 6 ? /^.*\s(?:and|but|so|while|as|because|when|then|where|although)\s/s.exec(chunk) : null;
  return { start: i + (conj ? conj[0].length : 0), end };
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,]/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Drops auxiliaries right before the verb and a leading conjunction. */
function tidyBefore(text: string, s: Span): Span {
  const trimmed = trim(text, s);
  let phrase = text.slice(trimmed.start, trimmed.end);
  let end = trimmed.end;
  for (let m = /\s*(\S+)$/.exec(phrase); m && AUX.has(m[1]!.toLowerCase()); m = /\s*(\S+)$/.exec(phrase)) {
    end -= m[0].length;
    phrase = phrase.slice(0, -m[0].length);
  }
  const lead = /^(?:and|but|so|yet|as|while|when|because|which|that|then|(?:in|on|at|after|during) [^,]*?(?=\b(?:the|a|an|he|she|they|it)\b))\s+/i.exec(phrase);
  const start = trimmed.start + (lead ? lead[0].length : 0);
  return trim(text, { start, end });
}

/** The speaker phrase that ends right before a cue verb at `cueStart` (no further back than `limit`). */
export function speakerBefore(text: string, limit: number, cueStart: number): Span | null {
  let chunk = tidyBefore(text, chunkBefore(text, limit, cueStart));
  if (chunk.end === chunk.start && /,\s*$/.test(text.slice(limit, cueStart))) {
    // appositive: "Hugh Hill, a doctor, said" — the name before the appositive speaks
    const comma = text.lastIndexOf(',', cueStart - 1);
    const raw = chunkBefore(text, limit, comma, false);
    const appositive = trim(text, raw);
    const before = raw.start > limit && text[raw.start - 1] === ',' ? trim(text, chunkBefore(text, limit, raw.start - 1, false)) : null;
    // "The minister, Paul Ferreira, said": a role before a bare full name yields to the name
    const roleThenName = before && /^(?:[Tt]he|[Aa]n?)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u.test(text.slice(before.start, before.end))
      && /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}$/u.test(text.slice(appositive.start, appositive.end));
    chunk = before && !roleThenName && /\p{Lu}/u.test(text.slice(before.start, before.end)) ? tidyBefore(text, before) : appositive;
  }
  if (chunk.end <= chunk.start) return null;
  return plausibleSpeaker(text.slice(chunk.start, chunk.end)) ? chunk : null;
}

/** The speaker phrase read forwards from `from` ("said Costa, a doctor", "according to the ministry's report"). */
export function speakerAfter(text: string, from: number, limit: number, allowOf = false): Span | null {
  const word = /[^\s,;:!?()—–“”"]+/g;
  word.lastIndex = from;
  let end = -1;
  let start = -1;
  let count = 0;
  for (let m = word.exec(text); m && m.index < limit; m = word.exec(text)) {
    const gap = text.slice(end < 0 ? from : end, m.index);
    if (end >= 0 && (/[,;:!?()—–“”"]/.test(gap) || /\p{Ll}{3,}\.$/u.test(text.slice(start, end)))) break;
    if (end < 0 && /[;:!?()—–“”"]/.test(gap)) return null;
    const w = m[0].toLowerCase();
    if (STOP_AFTER.has(w) && !(allowOf && /^(of|from|by|at)$/.test(w))) break;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
    if (++count >= 10) break;
  }
  if (start < 0) return null;
  // a full stop after the last word ends the sentence, not the name ("said Costa."), unless it is an initial
  if (text[end - 1] === '.' && !/(?:^|[\s.])(?:\p{Lu}|Jr|Sr|St)\.$/u.test(text.slice(start, end))) end--;
  // "said the operator's chief executive, Sam Kerr": the name in the appositive is the speaker too
  const named = /^,\s+(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\.))*(?=[.,]|$)/u.exec(text.slice(end, limit));
  if (named && !/^\p{Lu}/u.test(text.slice(start, end).split(/\s+/).pop()!)) end += named[0].length;
  const s = { start, end: Math.min(end, limit) };
  return plausibleSpeaker(text.slice(s.start, s.end)) ? s : null;
}

/**
 * "he was told by Emergencies Minister Yevgeny Zinichev of “…”", "it was announced by the ministry that …": in a
 * passive the speaker is the agent after "by"; returns it and where the content starts after it, or null.
 */
export function passiveAgent(text: string, cueStart: number, cueEnd: number, limit: number): { speaker: Span; contentStart: number } | null {
  if (!/\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, cueStart - 24), cueStart))) return null;
  const by = /^\s+by\s+/.exec(text.slice(cueEnd, limit));
  if (!by) return null;
  const speaker = speakerAfter(text, cueEnd + by[0].length, limit);
  if (!speaker) return null;
  let end = speaker.end;
  // "… Zinichev of": the agent phrase read forwards may take the preposition that opens the content
  const trailing = /\s+(?:of|that|about)$/.exec(text.slice(speaker.start, end));
  if (trailing) end -= trailing[0].length;
  const lead = /^\s*(?:,\s*)?(?:(?:of|that|about)\s+)?/.exec(text.slice(end, limit))!;
  return { speaker: { start: speaker.start, end }, contentStart: end + lead[0].length };
}
