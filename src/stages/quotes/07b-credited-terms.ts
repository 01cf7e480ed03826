/**
 * Step 07b: short terms in marks that the text credits to a speaker. A term in marks is no speech by
 * itself (“friendly fire”, a report's title, a slogan); it is when a speaker is the subject of a verb
 * that characterises in those words: "Rempel called the minister a “chicken”", "in what he called
 * “the loneliest moment of my life”", "Trudeau called the allegation “false”", "the department
 * expressed “deep concern”". What keeps scare quotes out: the marks hold the whole complement
 * (not "a case of “friendly fire”"), the subject is someone who speaks (not "the headline"), the verb
 * is active ("he was described as …" names no speaker here), and naming ("a film called “Roma”")
 * needs a pronoun subject right before the verb ("what he called").
 */
import type { Span } from '../../core/span.js';
import type { QuotedRun } from './01-marks.js';
import { speakerBefore } from './03-speaker-span.js';
import { readSpeaker } from './04-speaker-kind.js';
import type { Candidate, Unit } from './candidate.js';
import { CREDIT_VERBS } from './rules.js';

const VERB = `(${CREDIT_VERBS.join('|')})`;
/** "what he called “…”", "who calls herself “…”": a pronoun subject right before the verb, no object. */
const PRONOUN_FORM = new RegExp(`\\b(he|she|they|we|i|who)\\s+(?:also\\s+)?${VERB}(?:\\s+(?:himself|herself|themselves|itself|myself|ourselves))?(?:\\s+(?:a|an|the))?\\s*$`, 'i');
/** "called the allegation “false”", "describing the scene as “…”": an object of one to four words, then the term. */
const OBJECT_FORM = new RegExp(`\\b${VERB}\\s+((?:(?!(?:of|in|for|to|at|on|with|by|from|and|or|that)\\b)[^\\s,.;:!?“”"]+\\s+){1,4}?)(?:as\\s+)?(?:(?:a|an|the)\\s+)?$`, 'i');
/** "expressed “deep concern”", "voiced her “frustration”". */
const EXPRESS_FORM = /\b(express(?:es|ed|ing)?|voic(?:e|es|ed|ing))\s+(?:(?:his|her|their|its|our|my)\s+)?$/i;
const PASSIVE = /\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\S+\s+)?$/i;
/** A subject at the opening of the unit ("Vern Sparkes was one of them, …, calling it a “…”"). */
const LEADING_SUBJECT = /^(?:He|She|They|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?=[\s,])/u;

function subjectFor(text: string, unit: Unit, verb: Span, participle: boolean): Span | null {
  const before = participle ? null : speakerBefore(text, unit.start, verb.start);
  if (before) return before;
  const lead = LEADING_SUBJECT.exec(text.slice(unit.start, verb.start));
  // "Freeland's …": an owner at the opening is not the subject
  return lead && !/[’']s$/.test(lead[0]) ? { start: unit.start, end: unit.start + lead[0].length } : null;
}

/** The pronoun before the verb; for "who" the phrase it follows ("the ferocious brawler who calls herself"). */
function pronounSubject(text: string, unit: Unit, at: number, pronoun: string): Span | null {
  if (pronoun.toLowerCase() !== 'who') return { start: at, end: at + pronoun.length };
  return /,\s*$/.test(text.slice(unit.start, at)) ? { start: at, end: at + pronoun.length } : speakerBefore(text, unit.start, at);
}

/** The credited term in a unit: the first run a speaker's characterising verb governs, or null. */
export function creditedTerm(text: string, unit: Unit, runs: readonly QuotedRun[]): Candidate | null {
  for (const run of runs) {
    if (!run.closed || text.slice(run.start, run.end).split(/\s+/).length > 12) continue;
    const before = text.slice(Math.max(unit.start, run.start - 80), run.start);
    const pronoun = PRONOUN_FORM.exec(before);
    const object = OBJECT_FORM.exec(before);
    // "what critics call a “housing miracle”": an article alone is no object, and naming needs a pronoun subject
    const form = pronoun ?? (object && !/^(?:a|an|the)\s+$/i.test(object[2]!) ? object : null) ?? EXPRESS_FORM.exec(before);
    if (!form) continue;
    const at = run.start - before.length + form.index + (pronoun ? form[0].indexOf(form[2]!, form[1]!.length) : 0);
    const verb = { start: at, end: at + (pronoun ? form[2]! : form[1]!).length };
    if (PASSIVE.test(text.slice(Math.max(unit.start, verb.start - 20), verb.start))) continue;
    const speaker = pronoun ? pronounSubject(text, unit, run.start - before.length + form.index, form[1]!) : subjectFor(text, unit, verb, /ing$/i.test(form[1]!));
    if (!speaker || readSpeaker(text.slice(speaker.start, speaker.end)).kind === 'document') continue;
    return { kind: 'direct', rule: 'direct-credited-term', unit, line: unit.line, cue: verb, speaker, start: run.start, end: run.end };
  }
  return null;
}
