/**
 * Step 6: clutter. Labels single lines by the boilerplate rule table, and groups a header line
 * ("Related News", "Tags:") with the list under it into one block. Blocks are kept as labelled
 * spans; nothing is deleted from the text.
 */
import type { BoilerplateLabel, BoilerplateSpan } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { LineInfo } from './07-roles.js';
import { BOILERPLATE_RULES, RELEASE_MARK, type BoilerplateRule } from './rules.js';

export function boilerplateRule(text: string): BoilerplateRule | null {
  if (text.length > 320) return null;
  return BOILERPLATE_RULES.find((r) => r.pattern.test(text)) ?? null;
}

export function isReleaseMark(text: string): boolean {
  return text.length <= 80 && RELEASE_MARK.pattern.test(text);
}

/** Lines under a header that continue its block: short, not prose, not another kind of line. */
function continues(line: LineInfo): boolean {
  return (line.role === 'short' || line.role === 'other' || (line.role === 'meta' && line.date !== null && line.byline === null)) && line.blankBefore < 2;
}

/** Boilerplate blocks among `lines` (all inside one article), in text order. */
export function boilerplateSpans(lines: readonly LineInfo[], by: string, within: Span): BoilerplateSpan[] {
  const out: BoilerplateSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = labelOf(line);
    if (!label || line.start < within.start || line.end > within.end) continue;
    let last = line;
    if (line.boiler?.header) {
      while (i + 1 < lines.length && continues(lines[i + 1]!) && lines[i + 1]!.end <= within.end) last = lines[++i]!;
    }
    out.push({ start: line.start, end: last.end, by, rule: line.boiler?.id ?? (line.releaseMark ? 'release-mark' : 'source-line'), label });
  }
  return out;
}

function labelOf(line: LineInfo): BoilerplateLabel | null {
  if (line.boiler) return line.boiler.label;
  if (line.releaseMark) return 'other';
  if (line.role === 'meta' && (line.url || line.outlet) && !line.date && !line.byline) return 'source-line';
  return null;
}

/** Whether a header's block (header plus its list) reaches line `j`, for ownership walks. */
export function inHeaderBlock(lines: readonly LineInfo[], header: number, j: number): boolean {
  for (let k = header + 1; k <= j; k++) if (!continues(lines[k]!)) return false;
  return true;
}
