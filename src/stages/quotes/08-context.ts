/**
 * Step 08: quotes whose speaker is outside their own sentence. A unit that is only a quotation
 * takes its speaker from a colon introduction just before it ("The spokesman said:"), from the
 * quote it continues (multi-paragraph quotes), from the quote just before it, or else from a
 * speaker named at the start of the next paragraph.
 */
import type { QuotedRun } from './01-marks.js';
import type { Cue } from './02-cues.js';
import type { Span } from '../../core/span.js';
import { speakerBefore } from './03-speaker-span.js';
import type { Candidate, Unit } from './candidate.js';

/** Is the unit (nearly) all one quotation? */
export function wholeQuote(text: string, unit: Unit, runs: readonly QuotedRun[]): QuotedRun | null {
  if (runs.length !== 1) return null;
  const r = runs[0]!;
  return /^\s*$/.test(text.slice(unit.start, r.start)) && /^[\s.,;:!?)—–'’"”]*$/.test(text.slice(r.end, unit.end)) ? r : null;
}

/** "The spokesman said:" ending the previous unit: its cue and speaker introduce this quotation. */
export function colonIntro(text: string, prev: Unit | undefined, prevCues: readonly Cue[]): { cue: Cue | null; speaker: Span | null } | null {
  if (!prev || !/:\s*$/.test(text.slice(prev.start, prev.end))) return null;
  const cue = [...prevCues].reverse().find((c) => c.type === 'verb') ?? null;
  return { cue, speaker: cue ? speakerBefore(text, prev.start, cue.start) : subjectOf(text, prev) };
}

/** "The union's spokeswoman, Ada Brennan, put it simply:" — the subject of an introduction with no speech verb. */
export function subjectOf(text: string, unit: Unit): Span | null {
  const slice = text.slice(unit.start, unit.end);
  const appositive = /^[^,]+,\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*),/u.exec(slice);
  if (appositive) {
    const start = unit.start + appositive[0].length - 1 - appositive[1]!.length;
    return { start, end: start + appositive[1]!.length };
  }
  // "Chris Cillizza, The Washington Post:": a name and its affiliation, then the colon
  const byline = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}),\s+[^,:]{1,60}:\s*$/u.exec(slice);
  if (byline) return { start: unit.start, end: unit.start + byline[1]!.length };
  const lead = /^(?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(?=(?:put|summed|explained|had|offered|gave|was|is|has|wrote)\b)/iu.exec(slice);
  if (lead && lead[0].trim()) return { start: unit.start, end: unit.start + lead[0].trimEnd().length };
  // "Brazilian President Jair Bolsonaro opposed Macron's statement:": the capitalised subject that opens the sentence
  const named = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}?\p{Lu}[\p{L}’'-]*(?=\s+\p{Ll})/u.exec(slice);
  return named && !/^(?:The|A|An|In|On|At|But|And|Then|When|After|It|This|That)\s/.test(named[0]) ? { start: unit.start, end: unit.start + named[0].length } : null;
}

/** A line that is all one quotation with no sentence punctuation is a subheading ("‘Washed away’"), not speech. */
export function isSubheading(text: string, unit: Unit, run: QuotedRun): boolean {
  const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1;
  const lineEnd = text.indexOf('\n', unit.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return run.closed && line === text.slice(run.start, run.end) && !/[.!?,…:;][’'”"»]$/.test(line);
}

/** A floating quotation: speaker from the previous quote (inherit) or the next paragraph. */
export function floating(unit: Unit, run: QuotedRun, previous: Candidate | undefined): Candidate {
  const near = previous && unit.line - previous.line <= 1;
  const rule = run.continues ? 'direct-continues' : 'direct-floating';
  return { kind: 'direct', rule, unit, line: unit.line, cue: null, speaker: null, start: run.start, end: run.end, inherit: near || run.continues ? 'previous' : 'next' };
}
