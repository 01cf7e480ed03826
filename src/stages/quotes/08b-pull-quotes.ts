/**
 * Step 08b: quotations set off by layout rather than marks. Web pages keep pull quotes as a line
 * that ends with the speaker's bare name ("I'm still thankful for what it's brought me. Morgan
 * McNeely") and embedded posts as "TEXT pic.twitter.com/… — BC Hydro (@bchydro) December 22, 2018".
 */
import type { Span } from '../../core/span.js';
import { contentSpan, type Candidate, type Unit } from './candidate.js';

/** A unit that is only a name, maybe with a role: "Morgan McNeely", "Rod Peters, Lake Cowichan mayor". */
const NAME_ONLY = /^\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){1,3}(?:,\s+[^.!?“”"]{2,80})?$/u;
const EMBED = /^(.*?)(?:\s+pic\.twitter\.com\/\S+)?\s+—\s+(\p{Lu}[^(@—]*?)\s+\(@\w+\)\s+\p{Lu}\p{Ll}+ \d{1,2}, \d{4}$/su;

/** The pull quote a name-only unit closes: the units before it on its line. */
export function pullQuote(text: string, unit: Unit, lineUnits: readonly Unit[]): Candidate | null {
  const before = lineUnits.filter((u) => u.end <= unit.start);
  if (before.length === 0 || !NAME_ONLY.test(text.slice(unit.start, unit.end))) return null;
  if (!/[.!?]$/.test(text.slice(before[0]!.start, before[before.length - 1]!.end))) return null;
  const content = contentSpan(text, before[0]!.start, before[before.length - 1]!.end);
  const name = /^[^,]+/.exec(text.slice(unit.start, unit.end))![0];
  const speaker: Span = { start: unit.start, end: unit.start + name.length };
  return { kind: 'indirect', rule: 'pull-quote', unit: content, line: unit.line, cue: null, speaker, ...content };
}

/** An embedded post: its text, and its author as the speaker. */
export function embeddedPost(text: string, line: Span, lineNo: number): Candidate | null {
  const m = EMBED.exec(text.slice(line.start, line.end));
  if (!m || m[1]!.split(/\s+/).length < 4) return null;
  const content = contentSpan(text, line.start, line.start + m[1]!.length);
  const nameAt = line.start + m[0].lastIndexOf(m[2]!, m[0].length - 1);
  const speaker = { start: nameAt, end: nameAt + m[2]!.trim().length };
  return { kind: 'indirect', rule: 'embedded-post', unit: line, line: lineNo, cue: null, speaker, ...content };
}
