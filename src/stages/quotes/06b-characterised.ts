/**
 * Step 06b: characterisations without marks, which both corpora annotate as reported content: "Mr. Fry
 * describes himself as the most left-leaning Green on council", "authorities described his attempt as a
 * carjacking", "He now calls it a rookie mistake". Only "describe … as" and "call" + a pronoun object +
 * an article count ("called the police", "called for calm" are acts), and only in the active voice.
 */
import type { Span } from '../../core/span.js';
import type { Cue } from './02-cues.js';
import { speakerBefore } from './03-speaker-span.js';
import { readSpeaker } from './04-speaker-kind.js';
import { contentSpan, wordCount, type Candidate, type Unit } from './candidate.js';

const DESCRIBE_AS = /^\s+((?:[^\s,.;:!?“”"]+\s+){1,8}?)as\s+/;
const CALL_PRONOUN = /^\s+(?:it|him|her|them|himself|herself|themselves|this|that)\s+(?=(?:a|an|the)\s)/;
const PASSIVE = /\b(?:was|were|is|are|be|been|being)\s+(?:\S+\s+)?$/i;
/** Where the characterisation ends: "… as a carjacking and said she …". */
const END = /\s+(?:and|but)\s+(?:said|told|added|says|adds)\b|[,;:]\s|\s+—\s/;

function contentAfter(text: string, unit: Unit, from: number): Span {
  const rest = text.slice(from, unit.end);
  const stop = END.exec(rest);
  return contentSpan(text, from, stop ? from + stop.index : unit.end);
}

/** The characterisation a unit reports, or null. */
export function characterised(text: string, unit: Unit, cues: readonly Cue[]): Candidate | null {
  for (const cue of cues) {
    const describe = /^describ(?:e|es|ed|ing)$/.test(cue.word);
    if (!describe && !/^call(?:s|ed)?$/.test(cue.word)) continue;
    if (PASSIVE.test(text.slice(Math.max(unit.start, cue.start - 20), cue.start))) continue;
    const m = (describe ? DESCRIBE_AS : CALL_PRONOUN).exec(text.slice(cue.end, unit.end));
    if (!m) continue;
    const speaker = speakerBefore(text, unit.start, cue.start);
    const content = contentAfter(text, unit, cue.end + m[0].length);
    if (!speaker || wordCount(text, content) < 2) continue;
    // words in marks inside are step 07b's to judge ("a case of “friendly fire”"); a headline or memo is no speaker
    if (/["“”«»‘’]/.test(text.slice(content.start, content.end)) || readSpeaker(text.slice(speaker.start, speaker.end)).kind === 'document') continue;
    return { kind: 'indirect', rule: 'indirect-characterised', unit, line: unit.line, cue, speaker, start: content.start, end: content.end };
  }
  return null;
}
