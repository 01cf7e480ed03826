/**
 * Step 10: one article's candidates, in text order — candidates (steps 05, 06, 08) then the
 * refiners: continued quotations merge into the quote they continue, overlapping candidates
 * lose to the earlier one.
 */
import type { Sentence } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { quotedRuns, type QuotedRun } from './01-marks.js';
import { findCues, type Cue } from './02-cues.js';
import { directOrMixed } from './05-direct.js';
import { indirect } from './06-indirect.js';
import { isTermRun, readingUnits, runsIn } from './07-units.js';
import { creditedTerm } from './07b-credited-terms.js';
import { colonIntro, floating, isSubheading, wholeQuote } from './08-context.js';
import { embeddedPost, pullQuote } from './08b-pull-quotes.js';
import type { Candidate, Unit } from './candidate.js';

/** Paragraph spans from the sentences' paragraph indexes. */
function paragraphs(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[s.paragraph];
    out[s.paragraph] = last ? { start: last.start, end: s.end } : { start: s.start, end: s.end };
  }
  return out.filter(Boolean);
}

function withoutMarksInside(c: Candidate, text: string): Candidate {
  return c.kind === 'indirect' && /["“”«»]/.test(text.slice(c.start, c.end)) ? { ...c, kind: 'mixed' } : c;
}

/** A quotation that continues the previous paragraph's: becomes another part of that quote. */
function mergeContinued(prev: Candidate, next: Candidate): Candidate {
  const parts = [...(prev.parts ?? [{ start: prev.start, end: prev.end }]), ...(next.parts ?? [{ start: next.start, end: next.end }])];
  return { ...prev, end: next.end, parts, rule: 'direct-multi-paragraph', speaker: prev.speaker ?? next.speaker, cue: prev.cue ?? next.cue };
}

function unitCandidate(text: string, unit: Unit, runs: readonly QuotedRun[], cues: readonly Cue[], prev: { unit?: Unit; cues: readonly Cue[]; cand?: Candidate }): Candidate | null {
  const speech = runs.filter((r) => !isTermRun(text, r, unit));
  if (speech.length === 0) return indirect(text, unit, cues) ?? creditedTerm(text, unit, runs);
  const found = directOrMixed(text, unit, speech, cues);
  if (found) return found;
  // a quotation the previous paragraph left open goes on here, even with narration after it ("“… expect.” (Lavery was …)")
  const open = speech[0]!;
  if (open.continues && open.start === unit.start && open.closed && !wholeQuote(text, unit, speech)) return floating(unit, open, prev.cand);
  const whole = wholeQuote(text, unit, speech);
  if (!whole) return (cues.length > 0 && runs.length < 3 ? indirect(text, unit, cues) : null) ?? creditedTerm(text, unit, runs);
  const colon = colonIntro(text, prev.unit, prev.cues);
  if (isSubheading(text, unit, whole)) return null;
  if (colon && (colon.cue || colon.speaker)) return { kind: 'direct', rule: 'direct-colon', unit, line: unit.line, cue: colon.cue, speaker: colon.speaker, start: whole.start, end: whole.end };
  return floating(unit, whole, prev.cand);
}

/** A pull quote or an embedded post that the line ending with this unit holds. */
function layoutQuote(text: string, unit: Unit, lineUnits: readonly Unit[]): Candidate | null {
  const line = { start: lineUnits[0]!.start, end: unit.end };
  return pullQuote(text, unit, lineUnits) ?? embeddedPost(text, line, unit.line);
}

/** Quote candidates of one article, given its sentences. */
export function articleCandidates(text: string, sentences: readonly Sentence[]): Candidate[] {
  const runs = quotedRuns(text, paragraphs(sentences));
  const units = readingUnits(text, sentences, runs);
  const out: Candidate[] = [];
  let prevUnit: Unit | undefined;
  let prevCues: readonly Cue[] = [];
  for (const unit of units) {
    const inUnit = runsIn(runs, unit);
    const cues = findCues(text, unit, inUnit);
    const last = out[out.length - 1];
    const lineUnits = units.filter((u) => u.line === unit.line);
    const isLast = lineUnits[lineUnits.length - 1] === unit;
    const layout = isLast && (!last || last.line !== unit.line) ? layoutQuote(text, unit, lineUnits) : null;
    const found = layout ?? unitCandidate(text, unit, inUnit, cues, { unit: prevUnit, cues: prevCues, cand: last });
    prevUnit = unit;
    prevCues = cues;
    if (!found || (last && found.start < last.end)) continue;
    const continues = found.kind === 'direct' && inUnit[0]?.continues && inUnit[0].start === found.start;
    if (continues && last && last.kind === 'direct' && unit.line - last.line === 1) out[out.length - 1] = { ...mergeContinued(last, found), line: unit.line };
    else out.push(withoutMarksInside(found, text));
  }
  return out;
}
