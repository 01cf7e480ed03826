/**
 * Step 05: direct and mixed quotes — a unit with quoted runs and a speech cue outside them.
 * Direct when the content is the quotation itself (cue after: “Q,” she said; cue before:
 * She said: “Q.”; split: “Q1,” she said, “Q2.”), mixed when quoted words sit inside reported
 * speech (the minister said the plan “will not survive the winter”).
 */
import type { Span } from '../../core/span.js';
import type { QuotedRun } from './01-marks.js';
import type { Cue } from './02-cues.js';
import { passiveAgent, speakerAfter, speakerBefore } from './03-speaker-span.js';
import { subjectOf } from './08-context.js';
import { contentSpan, type Candidate, type Unit } from './candidate.js';

const only = (text: string, from: number, to: number, re: RegExp) => from >= to || re.test(text.slice(from, to));
const BLANK = /^[\s.,;:!?—–)]*$/;

function speakerNear(text: string, unit: Span, lo: number, cue: Cue, hi: number): Span | null {
  return speakerBefore(text, lo, cue.start) ?? speakerAfter(text, cue.end, hi);
}

/** “Q,” X said[, “Q2.”] — the run opens the unit (or follows an earlier direct run). */
function cueAfter(text: string, unit: Unit, runs: readonly QuotedRun[], cue: Cue): Candidate | null {
  const i = runs.findLastIndex((r) => r.end <= cue.start);
  const first = runs[i];
  // the run opens the unit, or follows a sentence end the splitter missed ("… in the U.S. “Q,” he said"), a dash or a label colon
  if (!first || i !== 0 || !only(text, unit.start, first.start, /^\s*$|(?:[.!?]|--|—|:)\s+$/)) return null;
  // "“Q,” Bill Sims, the city's director of engineering and public works, said." — a long appositive may part them
  const gap = text.slice(first.end, cue.start).split(/\s+/).length;
  // "“Q,” University of the Fraser Valley political scientist Hamish Telford said." — or a long title
  if (gap > 9 && !(gap <= 30 && /^[\s,]*\p{Lu}/u.test(text.slice(first.end, cue.start)) && !/[“”"]/.test(text.slice(first.end, cue.start)))) return null;
  if (cue.type === 'source-first') {
    const speaker = speakerAfter(text, cue.end, unit.end, true);
    return { kind: 'direct', rule: 'direct-according-to', unit, line: unit.line, cue, speaker, start: first.start, end: first.end };
  }
  const next = runs[i + 1];
  const nextClose = next && only(text, cue.end, next.start, /^[^“”"]{0,80}$/) && /,\s*$|:\s*$/.test(text.slice(cue.end, next.start)) ? next : null;
  const speaker = speakerNear(text, unit, first.end, cue, nextClose ? nextClose.start : unit.end);
  const parts = nextClose ? [first, ...runs.slice(i + 1).filter((r) => r.start >= nextClose.start)] : [first];
  const last = parts[parts.length - 1]!;
  const base = { kind: 'direct' as const, unit, line: unit.line, cue, speaker, start: first.start, end: last.end };
  return parts.length > 1 ? { ...base, rule: 'direct-split', parts: parts.map((p) => ({ start: p.start, end: p.end })) } : { ...base, rule: 'direct-cue-after' };
}

/** X said[, to reporters]: “Q.” — the run closes the unit. */
function cueBefore(text: string, unit: Unit, runs: readonly QuotedRun[], cue: Cue): Candidate | null {
  const run = runs.find((r) => r.start >= cue.end);
  if (!run) return null;
  // "students shouted, “Build that wall!” and “Go back!”": quotations joined by "and" are parts of one quote
  const list = runs.slice(runs.indexOf(run));
  const joined = list.every((r, k) => k === 0 || /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(text.slice(list[k - 1]!.end, r.start)));
  if (run !== runs[runs.length - 1] && !joined) return null;
  const last = list[list.length - 1]!;
  // the quotation closes the unit, or narration goes on after it ("…, “I’m a good swimmer” and then dropped the mic")
  if (!only(text, last.end, unit.end, BLANK) && !/^[\s,]*(?:and|but|which|before|as|while|then)\b/.test(text.slice(last.end, unit.end))) return null;
  const between = text.slice(cue.end, run.start);
  if (!/[,:]\s*$/.test(between) || between.split(/\s+/).length > 10) return null;
  const lo = runs.filter((r) => r.end <= cue.start).pop()?.end ?? unit.start;
  // "asks Policy Options editor Jennifer Ditchburn, “…”": the speaker follows the verb
  const after = /^\s+(?:the\s+)?\p{Lu}/u.test(between) ? speakerAfter(text, cue.end, run.start) : null;
  const speaker = after ?? speakerNear(text, unit, lo, cue, run.start);
  const base = { kind: 'direct' as const, unit, line: unit.line, cue, speaker, start: run.start, end: last.end };
  return list.length > 1 ? { ...base, rule: 'direct-list', parts: list.map((r) => ({ start: r.start, end: r.end })) } : { ...base, rule: 'direct-cue-before' };
}

/** "Martell, the addictions doctor, is more blunt: “Q”" — a colon inside the unit introduces the closing quotation. */
function colonInside(text: string, unit: Unit, runs: readonly QuotedRun[]): Candidate | null {
  const run = runs[runs.length - 1]!;
  if (runs.length !== 1 || !only(text, run.end, unit.end, BLANK) || !/:\s*$/.test(text.slice(unit.start, run.start))) return null;
  const speaker = subjectOf(text, { start: unit.start, end: run.start, line: unit.line });
  // "Then, after a pause: “A few beers.”" — no subject: the speaker is the previous quote's
  return { kind: 'direct', rule: 'direct-colon', unit, line: unit.line, cue: null, speaker, start: run.start, end: run.end, ...(speaker ? {} : { inherit: 'previous' as const }) };
}

/** Quoted words inside reported speech: content from after the cue to the unit end, or from the unit start to the speaker. */
function mixed(text: string, unit: Unit, runs: readonly QuotedRun[], cue: Cue): Candidate | null {
  const before = runs.filter((r) => r.end <= cue.start);
  const after = runs.filter((r) => r.start >= cue.end);
  if (after.length > 0) {
    const passive = passiveAgent(text, cue.start, cue.end, after[0]!.start + 1);
    const speaker = passive?.speaker ?? speakerBefore(text, before[before.length - 1]?.end ?? unit.start, cue.start);
    let from = passive?.contentStart ?? cue.end;
    const that = /^\s+(?:\S+\s+){0,4}?(?=that\s)/.exec(text.slice(cue.end, after[0]!.start + 1));
    if (that) from = cue.end + that[0].length;
    const content = contentSpan(text, from, unit.end);
    const end = Math.max(content.end, after[after.length - 1]!.end);
    const who = speaker ?? speakerAfter(text, cue.end, after[0]!.start);
    // "Ruslim said “JAZZ.FM91 will respect the order of the Court.”": all the content is one quotation — direct
    const run = after[0]!;
    if (after.length === 1 && content.start === run.start && run.end >= content.end) {
      return { kind: 'direct', rule: 'direct-after-verb', unit, line: unit.line, cue, speaker: who, start: run.start, end: run.end };
    }
    return { kind: 'mixed', rule: 'mixed-cue', unit, line: unit.line, cue, speaker: who, start: content.start, end };
  }
  const last = before[before.length - 1];
  if (!last || text.slice(last.end, cue.start).split(/\s+/).length > 9) return null;
  const speaker = speakerNear(text, unit, last.end, cue, unit.end);
  const start = contentSpan(text, unit.start, last.end).start;
  return { kind: 'mixed', rule: 'mixed-cue', unit, line: unit.line, cue, speaker, start, end: last.end };
}

/**
 * "IRCC did not reveal any details, but said “Q.”": a second verb of the same subject introduces the
 * quotation when all the content after it is the quotation; the speaker is that verb's, else the first verb's.
 */
function nearestVerbDirect(text: string, unit: Unit, runs: readonly QuotedRun[], verbs: readonly Cue[], first: Candidate): Candidate | null {
  const run = runs[0]!;
  const near = verbs.filter((v) => v.end <= run.start).pop();
  if (!near || near === first.cue || runs.length !== 1) return null;
  // only a verb the subject says it with ("…, but said", "and added"), not one inside the reported content ("… showed")
  if (!/,?\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(unit.start, near.start - 30), near.start))) return null;
  const c = mixed(text, unit, runs, near);
  return c && c.kind === 'direct' ? { ...c, speaker: c.speaker ?? first.speaker } : null;
}

/** Direct or mixed quote of a unit with runs, using the cue nearest to the runs. */
export function directOrMixed(text: string, unit: Unit, runs: readonly QuotedRun[], cues: readonly Cue[]): Candidate | null {
  const verbs = cues.filter((c) => c.type === 'verb');
  for (const cue of cues) {
    const c = cueAfter(text, unit, runs, cue) ?? (cue.type === 'verb' ? cueBefore(text, unit, runs, cue) : null);
    if (c) return c;
  }
  const colon = colonInside(text, unit, runs);
  if (colon) return colon;
  for (const cue of verbs) {
    const c = mixed(text, unit, runs, cue);
    if (c) return (c.kind === 'mixed' ? nearestVerbDirect(text, unit, runs, verbs, c) : null) ?? c;
  }
  return null;
}
