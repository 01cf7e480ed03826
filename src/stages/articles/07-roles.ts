/**
 * Step 7: what each line is. Runs the detectors of steps 2–6 over every line and gives it one
 * role: separator, meta (dateline, byline, source or URL line), boilerplate, release mark,
 * body (prose), short (could be a headline or sub-heading) or other. Hits carry absolute
 * offsets into the document text.
 */
import { splitLines, type Line } from './01-lines.js';
import { findDate, isDateLine, type DateHit } from './02-dateline.js';
import { capsName, findByline, nameBesideDate, type BylineHit, type Hit } from './03-byline.js';
import { findOutletLine, findWireOutlet, opensWithWireDateline } from './04-outlet.js';
import { findUrlLine } from './05-url.js';
import { boilerplateRule, isReleaseMark } from './06-boilerplate.js';
import type { BoilerplateRule } from './rules.js';

export type Role = 'separator' | 'meta' | 'boilerplate' | 'body' | 'short' | 'other';

export interface LineInfo extends Line {
  readonly role: Role;
  readonly date: DateHit | null;
  readonly byline: BylineHit | null;
  readonly url: Hit | null;
  readonly outlet: Hit | null;
  readonly boiler: BoilerplateRule | null;
  readonly releaseMark: boolean;
  /** A body paragraph that opens with "CITY (Agency) -". */
  readonly wireLead: boolean;
}

function shift<T extends { start: number; end: number }>(hit: T | null, by: number): T | null {
  return hit ? { ...hit, start: hit.start + by, end: hit.end + by } : null;
}

function shiftByline(hit: BylineHit | null, by: number): BylineHit | null {
  return hit ? { ...hit, start: hit.start + by, end: hit.end + by, outlet: shift(hit.outlet, by) } : null;
}

/** Markdown emphasis, quote markers and link syntax removed, for matching clutter wording. */
function plain(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/^>\s*/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}

function classify(line: Line): LineInfo {
  const t = line.contentText;
  const at = line.content.start;
  const dateLine = isDateLine(t);
  const byline = line.words <= 16 ? (findByline(t) ?? nameBesideDate(t)) : null;
  const url = t.length <= 300 ? findUrlLine(t) : null;
  const outletLine = t.length <= 200 ? findOutletLine(t) : null;
  const boiler = boilerplateRule(plain(t));
  const releaseMark = isReleaseMark(t);
  const date = dateLine || byline || outletLine ? findDate(t) : null;
  const wireLead = !line.headlineShape && opensWithWireDateline(t);
  const outlet = outletLine ?? (line.prose || wireLead ? findWireOutlet(t) : null);
  const base = { ...line, date: shift(date, at), byline: shiftByline(byline, at), url: shift(url, at), outlet: shift(outlet, at), boiler, releaseMark, wireLead };
  let role: Role;
  if (line.separator) role = 'separator';
  else if (dateLine || byline || url || (outletLine && boiler?.label === 'source-line')) role = 'meta';
  else if (boiler || releaseMark) role = 'boilerplate';
  else if (line.prose || wireLead) role = 'body';
  else if (line.headlineShape) role = 'short';
  else role = 'other';
  return { ...base, role };
}

/** Every non-blank line of `text` with its role. */
export function readLines(text: string): LineInfo[] {
  const lines = splitLines(text).map(classify);
  return lines.map((line, i) => capsBylineUnderHeadline(lines, i) ?? line);
}

/** "JANE DOE" right under a headline-shaped line and above a dateline or prose is a byline. */
function capsBylineUnderHeadline(lines: readonly LineInfo[], i: number): LineInfo | null {
  const line = lines[i]!;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (line.role !== 'short' || !prev || prev.role !== 'short' || line.blankBefore > 0) return null;
  if (!next || (next.role !== 'meta' && next.role !== 'body')) return null;
  const hit = capsName(line.contentText);
  return hit ? { ...line, role: 'meta', byline: shiftByline(hit, line.content.start) } : null;
}
