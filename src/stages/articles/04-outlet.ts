/**
 * Step 4: outlets. Where a piece says it came from: a "Source: X" or "Originally published by X"
 * line, a wire dateline "LONDON (Reuters) -", or a URL line (its site). Offsets are relative
 * to the line.
 */
import type { Hit } from './03-byline.js';
import { findDate } from './02-dateline.js';
import { OUTLET_RULES, RELEASE_DATELINE, URL_IN_LINE, WIRE_DATELINE } from './rules.js';

/** The site of a URL, without "www.": "https://www.reuters.com/x" → "reuters.com". */
export function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/** Trims a credited outlet: drops a trailing date, "on", full stop, and Markdown link syntax. */
function cleanOutlet(text: string): { value: string; from: number } | null {
  let value = text.replace(/[\s:–—-]*\(?https?:\/\/.*$/, '');
  const date = findDate(value);
  if (date && date.start > 0) value = value.slice(0, date.start);
  value = value.replace(/[\s,.;:|–—-]*(?:\b(?:on|at|in))?[\s,.;:|–—-]*$/i, '');
  const link = /^\[([^\]]+)\]\([^)]*\)$/.exec(value);
  if (link) return { value: link[1]!, from: 1 };
  return value.length >= 2 && value.length <= 80 ? { value, from: 0 } : null;
}

/** An outlet named on a source-style line. */
export function findOutletLine(line: string): Hit | null {
  for (const rule of OUTLET_RULES) {
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const credit = m[1]!;
    const offset = m[0].length - credit.length;
    const url = URL_IN_LINE.exec(credit);
    if (url && url.index === 0) {
      const site = siteOf(url[0]);
      if (site) return { value: site, start: offset, end: offset + url[0].length, rule: `${rule.id}-url` };
      continue;
    }
    const clean = cleanOutlet(credit);
    if (!clean) continue;
    const start = offset + clean.from;
    return { value: clean.value, start, end: start + clean.value.length, rule: rule.id };
  }
  return null;
}

/** "LONDON (Reuters) -" or a release wire "/PRNewswire/" at the start of a lead paragraph. */
export function findWireOutlet(paragraph: string): Hit | null {
  const wire = WIRE_DATELINE.pattern.exec(paragraph);
  if (wire) {
    const at = wire[0].indexOf(`(${wire[1]!})`) + 1;
    return { value: wire[1]!, start: at, end: at + wire[1]!.length, rule: WIRE_DATELINE.id };
  }
  const release = RELEASE_DATELINE.pattern.exec(paragraph);
  if (release?.[2]) {
    const at = release[0].indexOf(release[2]);
    return { value: release[2], start: at, end: at + release[2].length, rule: RELEASE_DATELINE.id };
  }
  return null;
}

/** Whether a paragraph opens with a wire dateline (used as a headline cue). */
export function opensWithWireDateline(paragraph: string): boolean {
  return WIRE_DATELINE.pattern.test(paragraph);
}
