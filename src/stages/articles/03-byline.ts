/**
 * Step 3: bylines. Reads one line and returns who is credited ("By Jane Doe and John Roe"),
 * and the outlet when the credit names one ("By Jane Doe, Reuters", "By Reuters Staff").
 * Offsets are relative to the line.
 */
import { findDate } from './02-dateline.js';
import { BYLINE_RULES, DESK_SUFFIX, NAME_TOKEN, ORG_WORDS } from './rules.js';

export interface Hit {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

export interface BylineHit extends Hit {
  readonly outlet: Hit | null;
}

const SEGMENT_SPLIT = /\s+[|•·—–]\s+|\s+-\s+|\s*;\s*/g;
const ROLE = /^(?:(?:senior|chief|staff|special|political|foreign|business|science|health|sports?|tech(?:nology)?|local|deputy|managing|contributing|associate|national|international|investigative|economics)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|analyst|producer)s?$/i;

/** Segments of a line split on " | ", " • ", " — " … with their offsets. */
function segments(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(SEGMENT_SPLIT)) {
    out.push({ text: text.slice(at, m.index), start: at });
    at = m.index! + m[0].length;
  }
  out.push({ text: text.slice(at), start: at });
  return out;
}

export function isNameList(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > 9) return false;
  if (!/^[\p{Lu}]/u.test(tokens[0]!)) return false;
  return tokens.every((t) => NAME_TOKEN.test(t.replace(/,$/, '')));
}

export function isOrgName(text: string): boolean {
  return ORG_WORDS.test(text) || DESK_SUFFIX.test(text);
}

/** Splits "Jane Doe, Reuters" / "Jane Doe, Staff Writer" into the names and an outlet. */
function readCredit(text: string, offset: number, rule: string): BylineHit | null {
  const dateAt = findDate(text);
  let body = dateAt ? text.slice(0, dateAt.start) : text;
  body = body.replace(/[\s,|•·–—-]*(?:\b(?:on|at|updated|published))?[\s,|•·–—-]*$/i, '');
  const parts = body.split(/\s*,\s*/);
  const names = parts[0] ?? '';
  if (!isNameList(names)) return null;
  const start = offset + text.indexOf(names);
  let end = start + names.length;
  let outlet: Hit | null = null;
  let searchFrom = names.length;
  for (const part of parts.slice(1)) {
    const at = text.indexOf(part, searchFrom);
    searchFrom = at + part.length;
    if (ROLE.test(part) || part.length === 0 || outlet) continue;
    if (!isNameList(part)) return null;
    const org = part.replace(DESK_SUFFIX, '');
    if (isOrgName(org)) outlet = { value: org, start: offset + at, end: offset + at + org.length, rule: 'byline-comma-outlet' };
    else if (!DESK_SUFFIX.test(part)) end = offset + at + part.length;
  }
  if (!outlet && DESK_SUFFIX.test(names) && isOrgName(names.replace(DESK_SUFFIX, ''))) {
    outlet = { value: names.replace(DESK_SUFFIX, ''), start, end: start + names.replace(DESK_SUFFIX, '').length, rule: 'desk-of-outlet' };
  }
  const value = text.slice(start - offset, end - offset);
  return { value, start, end, rule, outlet };
}

/** The credit on a byline-style line, or null. */
export function findByline(line: string): BylineHit | null {
  // "(Reporting by X; Editing by Y)": wire credits come in parentheses.
  const wrapped = /^\((.*)\)$/.exec(line);
  if (wrapped) {
    const inner = findByline(wrapped[1]!);
    return inner ? { ...inner, start: inner.start + 1, end: inner.end + 1, outlet: inner.outlet ? { ...inner.outlet, start: inner.outlet.start + 1, end: inner.outlet.end + 1 } : null } : null;
  }
  for (const seg of segments(line)) {
    for (const rule of BYLINE_RULES) {
      const m = rule.pattern.exec(seg.text);
      if (!m) continue;
      const credit = m[1]!;
      const hit = readCredit(credit, seg.start + m[0].length - credit.length, rule.id);
      if (hit) return hit;
    }
  }
  return null;
}

/** "Jane Doe | Apr 09, 2024": a bare name beside a date on a meta line. */
export function nameBesideDate(line: string): BylineHit | null {
  const parts = segments(line);
  if (parts.length < 2 || !parts.some((p) => findDate(p.text))) return null;
  for (const seg of parts) {
    if (findDate(seg.text) || !isNameList(seg.text.trim()) || seg.text.trim().split(/\s+/).length < 2) continue;
    return readCredit(seg.text, seg.start, 'name-beside-date');
  }
  return null;
}

/** "JANE DOE" or "JANE DOE AND JOHN ROE": a name set in capitals under a headline. */
export function capsName(line: string): BylineHit | null {
  if (line.length > 48 || !/^[\p{Lu}][\p{Lu}\p{M}.'’ -]+$/u.test(line)) return null;
  // Headline words, not name words: "FIBERCOM TO INSTALL …" is a second headline, not a credit.
  if (/\b(?:TO|IN|OF|ON|FOR|THE|A|AT|WITH|BY|OVER|AFTER|AS|IS|ARE|WILL|NEW|SAYS?|SET|SETS|GETS?|WINS?|BACKS?|CUTS?|RAISES?|UP|DOWN)\b/u.test(line)) return null;
  const tokens = line.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 7) return null;
  const value = line
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bAnd\b/g, 'and');
  return { value, start: 0, end: line.length, rule: 'caps-name-line', outlet: null };
}
