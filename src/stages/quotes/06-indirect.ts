/**
 * Step 06: indirect quotes — reported speech without quotation marks. "According to X, …" and
 * "…, according to X"; "…, X said." / "…, said X."; "X said (that) …" / "X told reporters …".
 * Verbs that are often not speech ("found", "called") need "that" when the content follows them.
 */
import type { Span } from '../../core/span.js';
import type { Cue } from './02-cues.js';
import { speakerAfter, speakerBefore } from './03-speaker-span.js';
import { readSpeaker } from './04-speaker-kind.js';
import { characterised } from './06b-characterised.js';
import { contentSpan, wordCount, type Candidate, type Unit } from './candidate.js';

const MIN_WORDS = 3;
const TELL = /^(?:tell|tells|told|telling|inform|informs|informed)$/;

function candidate(text: string, unit: Unit, cue: Cue, speaker: Span | null, content: Span, rule: string): Candidate | null {
  if (content.end <= content.start || wordCount(text, content) < MIN_WORDS) return null;
  return { kind: 'indirect', rule, unit, line: unit.line, cue, speaker, start: content.start, end: content.end };
}

/** "According to X, CONTENT." or "CONTENT, according to X." */
function accordingTo(text: string, unit: Unit, cue: Cue): Candidate | null {
  const before = text.slice(unit.start, cue.start);
  if (/^\s*$/.test(before)) {
    // "According to the study — which used research from … — the retail industry …"
    const dash = /^[^,—]*\s—\s[^—]*—\s/.exec(text.slice(cue.end, unit.end));
    if (dash) return candidate(text, unit, cue, speakerAfter(text, cue.end, unit.end, true), contentSpan(text, cue.end + dash[0].length, unit.end), 'indirect-according-to');
    const comma = text.indexOf(',', cue.end);
    if (comma < 0 || comma >= unit.end) return null;
    const speaker = speakerAfter(text, cue.end, comma, true);
    return candidate(text, unit, cue, speaker, contentSpan(text, comma + 1, unit.end), 'indirect-according-to');
  }
  if (!/,\s*$/.test(before)) return null;
  const speaker = speakerAfter(text, cue.end, unit.end, true);
  return candidate(text, unit, cue, speaker, contentSpan(text, unit.start, cue.start), 'indirect-according-to');
}

const TAIL_AFTER_CUE = /^(?:[\s.!?]*$|,|\s+(?:in|on|at|during|last|this|earlier|later|late|early|today|yesterday|recently|previously|from|after|before|while|when|to|of|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;

/** "CONTENT, X said." / "CONTENT, said X[, a doctor]." — the cue sits at the end of the unit (or "…, he says, and …"). */
function cueAfterContent(text: string, unit: Unit, cue: Cue): Candidate | null {
  // "…, officials told state media, adding …": the audience after "told" is part of the attribution
  const audience = TELL.test(cue.word) ? AUDIENCE.exec(text.slice(cue.end, unit.end)) : null;
  const tailStart = cue.end + (audience ? audience[0].length : 0);
  const tail = text.slice(tailStart, unit.end);
  const comma = text.lastIndexOf(',', cue.start - 1);
  if (comma <= unit.start || /^[^,]*\bthat\b/.test(tail)) return null;
  const between = text.slice(comma + 1, cue.start);
  if (between.split(/\s+/).filter(Boolean).length > 8) return null;
  // "…, said Costa" is inverted; "…, its chairman, Omar Haddad, told The Post" is not: what follows "told" is the audience
  const inverted = /^\s*$/.test(between) && !TELL.test(cue.word);
  if (!inverted && /^\s*$/.test(between)) return toldAfterContent(text, unit, cue, comma);
  // after a comma the sentence may go on ("…, he says, and are mostly …"); "said Sutopo Purwo Nugroho, a spokesman for …"
  const tailOk = wordCount(text, { start: tailStart, end: unit.end }) <= 8 || /^,\s/.test(tail) || (inverted && /^\s+\p{Lu}[^,]*,\s/u.test(tail));
  // "X said nothing" / "X said so": after "…, X said" only time, place or manner may follow
  if (!tailOk || (!inverted && !TAIL_AFTER_CUE.test(tail))) return null;
  const speaker = inverted ? speakerAfter(text, cue.end, unit.end) : speakerBefore(text, comma + 1, cue.start);
  if (!speaker) return null;
  // "…, said X." needs X to be a name or a short phrase ("said the ministry had not read it" is content)
  if (inverted && wordCount(text, speaker) > 5 && !/^\p{Lu}/u.test(text.slice(speaker.start, speaker.start + 1))) return null;
  const first = candidate(text, unit, cue, speaker, contentSpan(text, unit.start, comma), 'indirect-cue-after');
  const rest = !inverted && /^,\s/.test(tail) ? contentSpan(text, tailStart + 1, unit.end) : null;
  if (!first || !rest || wordCount(text, rest) < MIN_WORDS) return first;
  return { ...first, rule: 'indirect-parenthetical', end: rest.end, parts: [{ start: first.start, end: first.end }, rest] };
}

/** "CONTENT, its chairman, Omar Haddad, told The Washington Post.": the speaker is the appositive before "told". */
function toldAfterContent(text: string, unit: Unit, cue: Cue, comma: number): Candidate | null {
  const speaker = speakerBefore(text, unit.start, cue.start);
  if (!speaker) return null;
  const end = text.lastIndexOf(',', speaker.start - 1);
  const cut = end > unit.start ? end : comma;
  const before = text.lastIndexOf(',', cut - 1);
  // "…, its chairman, Omar Haddad, told": the role before the name belongs to the speaker, not the content
  const role = before > unit.start && /^\s+(?:its|his|her|their|the)\s+[\p{Ll}\s-]+$/u.test(text.slice(before + 1, cut)) ? before : cut;
  return candidate(text, unit, cue, speaker, contentSpan(text, unit.start, role), 'indirect-cue-after');
}

const AUDIENCE = /^\s+(?:(?:(?:the |his |her |their |its |a |an )?(?:\p{Ll}+ )?(?:reporters|journalists|media|press|supporters|parliament|house|committee|court|news conference|audience|newspaper|paper|station|crowd|jury|police|detectives|investigators|officers|followers|fans|members|students|staff|employees|workers|voters|listeners|viewers|readers|colleagues|friends|family|tour|council|panel|hearing|conference|meeting|rally|summit|forum|officials|lawmakers|senators|legislators|delegates))(?=[\s,])|(?:the |a )?\p{Lu}[\p{L}.&’'-]*(?: (?:of |and |the )?\p{Lu}[\p{L}.&’'-]*)*)/u;
const ADVERBIAL = /^\s+(?:(?:on|last|this|in|at|during|earlier|late|early)\s+(?:a\s+|an\s+|the\s+)?[\p{L}\d-]+(?:\s+(?:interview|statement|conference|release|meeting|night|morning|afternoon|evening|week|month|year|email|video))?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|recently|previously|repeatedly|publicly|however|though|also|again|further)(?=[\s,])/iu;

/** "X said (that) CONTENT" / "X told reporters CONTENT": where the content starts after the cue, or -1. */
function contentStart(text: string, cue: Cue, end: number): { at: number; that: boolean } | null {
  let at = cue.end;
  if (/^(tell|tells|told|telling|inform|informed|informs|assure|assured|warn|warned|warns)$/.test(cue.word)) {
    const aud = AUDIENCE.exec(text.slice(at, end));
    if (aud) {
      at += aud[0].length;
      const that = /^,?\s+(?=that\s)/.exec(text.slice(at, end));
      return { at: at + (that ? that[0].length : 0), that: true };
    }
    if (/^(tell|tells|told|telling|inform|informed|informs)$/.test(cue.word)) return null;
  }
  for (let adv = ADVERBIAL.exec(text.slice(at, end)); adv; adv = ADVERBIAL.exec(text.slice(at, end))) at += adv[0].length;
  // the content keeps its "that", as both gold corpora draw it
  const that = /^,?\s+(?=that\s)/.exec(text.slice(at, end));
  if (that) return { at: at + that[0].length, that: true };
  const comma = /^,\s+/.exec(text.slice(at, end));
  return { at: at + (comma ? comma[0].length : 0), that: false };
}

/**
 * "The BBC reported the vote was close", "the study found most boats were old": an outlet or a document that
 * reports or finds a clause (one with a finite auxiliary) reports content even without "that"; "the
 * ministry reported the catch" does not.
 */
function sourceReports(text: string, speaker: Span, cue: Cue, content: Span): boolean {
  if (!/^(?:report|reports|reported|find|finds|found|show|shows|showed|state|states)$/.test(cue.word)) return false;
  const kind = readSpeaker(text.slice(speaker.start, speaker.end)).kind;
  return (kind === 'media' || kind === 'document') && /\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s/.test(text.slice(content.start, content.end));
}

/** "X said (that) CONTENT." */
function cueBeforeContent(text: string, unit: Unit, cue: Cue): Candidate | null {
  const speaker = speakerBefore(text, unit.start, cue.start);
  if (!speaker) return null;
  const start = contentStart(text, cue, unit.end);
  if (!start) return null;
  if (cue.weak && !start.that && !sourceReports(text, speaker, cue, { start: start.at, end: unit.end })) return null;
  if (!start.that && !/^\s*\p{L}/u.test(text.slice(start.at, start.at + 2))) return null;
  // "complained about the food", "asked for help": a preposition after the verb introduces no reported content
  if (!start.that && /^\s*(?:about|for|over|of|with|as|into|up|out|back|down|off|against)\b/i.test(text.slice(start.at, start.at + 12))) return null;
  return candidate(text, unit, cue, speaker, contentSpan(text, start.at, unit.end), start.that ? 'indirect-that' : 'indirect-cue-before');
}

/** The indirect quote of a unit without quotation marks, or null. */
export function indirect(text: string, unit: Unit, cues: readonly Cue[]): Candidate | null {
  for (const cue of cues.filter((c) => c.type === 'source-first')) {
    const c = accordingTo(text, unit, cue);
    if (c) return c;
  }
  const verbs = cues.filter((c) => c.type === 'verb');
  for (const cue of [...verbs].reverse()) {
    const c = cueAfterContent(text, unit, cue);
    if (c) return c;
  }
  for (const cue of verbs) {
    const c = cueBeforeContent(text, unit, cue);
    if (c) return c;
  }
  return characterised(text, unit, verbs);
}
