/**
 * Step 07: the units quotes are read in (sentences joined where a quotation runs across a
 * sentence end), and the runs that are terms, not speech: titles of reports, slogans, names
 * ("titled “Broken Promises”", "so-called ‘surgical strike’", "a banner reading “…”").
 */
import type { Sentence } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import type { QuotedRun } from './01-marks.js';
import type { Unit } from './candidate.js';

/** A short attribution sentence: "Nunes said.", "asked the minister." */
const ATTRIBUTION_TAG = /^(?:[\p{L}.’'-]+\s+){0,4}(?:said|says|asked|asks|added|adds|told|wrote|replied|shouted|yelled|exclaimed)\b[^“”"‘]{0,40}$/u;

/** Sentences joined while a quoted run crosses the boundary between them. */
export function readingUnits(text: string, sentences: readonly Sentence[], runs: readonly QuotedRun[]): Unit[] {
  const out: Unit[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const crossed = prev && runs.some((r) => r.start < prev.end && r.end > s.start);
    // "“… all!” Nunes said." — the splitter ends a sentence after “!”; a short attribution that follows belongs to it
    const tag = prev && /[!?]['’"”]$/.test(text.slice(prev.start, prev.end)) && ATTRIBUTION_TAG.test(text.slice(s.start, s.end));
    const joined = prev && prev.line === s.paragraph && (crossed || tag);
    if (prev && joined) out[out.length - 1] = { start: prev.start, end: s.end, line: prev.line };
    else out.push({ start: s.start, end: s.end, line: s.paragraph });
  }
  return out;
}

/** Words before a run that make it a name, title or term rather than speech. */
const TERM_BEFORE = /\b(?:titled|entitled|called|dubbed|named|nicknamed|headlined|labelled|labeled|branded|termed|so-called|known as|slogan|banner|sign|signs|placards?|reading|read|term|word|words|phrase|hashtag|song|film|book|show|album|series|report|program|programme|campaign|operation|the)\s*$/i;

/** Is this run a term in marks (scare quotes, a title, a slogan) rather than quoted speech? */
export function isTermRun(text: string, run: QuotedRun, unit: Span): boolean {
  const inner = text.slice(run.start + 1, run.end - 1);
  const words = inner.split(/\s+/).filter(Boolean).length;
  const before = text.slice(Math.max(unit.start, run.start - 40), run.start);
  if (TERM_BEFORE.test(before)) return true;
  // a short phrase in marks with no sentence punctuation, inside a sentence: scare quotes
  const atStart = /^\s*$/.test(text.slice(unit.start, run.start));
  // after a comma or colon ("retorted, “I’m a good swimmer”") a short quotation is still speech
  const introduced = /[,:]\s*$/.test(text.slice(unit.start, run.start));
  return words <= 4 && !/[,.!?…]$/.test(inner) && !atStart && !introduced && run.closed;
}

export function runsIn(runs: readonly QuotedRun[], unit: Span): QuotedRun[] {
  return runs.filter((r) => r.start < unit.end && r.end > unit.start).map((r) => ({ ...r, start: Math.max(r.start, unit.start), end: Math.min(r.end, unit.end) }));
}
