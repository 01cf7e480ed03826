/**
 * Step 8: where articles start. Candidates: short lines scored by the headline cues of
 * rules.ts (what follows and precedes them). Refiners: drop Markdown headings deeper than the
 * level the dump uses for its posts, drop candidates with no prose under them (a "Related
 * News" list of headlines with dates), and turn a prose-bearing preamble into an article.
 */
import type { LineInfo } from './07-roles.js';
import { HEADLINE_CUES, HEADLINE_THRESHOLD, MIN_BODY_CHARS, MIN_PREAMBLE_BODY_CHARS, type HeadlineCue } from './rules.js';

export interface Boundary {
  /** Index (into the lines) of the headline, or of the first line when the article has none. */
  readonly headline: number;
  readonly hasTitle: boolean;
  readonly cues: readonly string[];
}

/** The next line after `i` that is not meta (nor a caption), or undefined. */
function nextPast(lines: readonly LineInfo[], i: number, skip: (l: LineInfo) => boolean): LineInfo | undefined {
  let j = i + 1;
  while (j < lines.length && skip(lines[j]!)) j++;
  return lines[j];
}

function prevPast(lines: readonly LineInfo[], i: number, skip: (l: LineInfo) => boolean): LineInfo | undefined {
  let j = i - 1;
  while (j >= 0 && skip(lines[j]!)) j--;
  return lines[j];
}

const isMeta = (l: LineInfo): boolean => l.role === 'meta';
const isMetaOrClutter = (l: LineInfo): boolean => l.role === 'meta' || (l.role === 'boilerplate' && !l.boiler?.site && !l.boiler?.header);

export function headlineCues(lines: readonly LineInfo[], i: number, firstBody: number): HeadlineCue[] {
  const line = lines[i]!;
  const next = lines[i + 1];
  const prev = lines[i - 1];
  const cues: HeadlineCue[] = [];
  if (next?.role === 'meta') cues.push('followedByMeta');
  const lead = nextPast(lines, i, isMetaOrClutter);
  if (lead?.wireLead) cues.push('followedByWireLead');
  else if (lead?.role === 'body') cues.push('followedByBody');
  if (prevPast(lines, i, isMeta)?.releaseMark) cues.push('afterReleaseMark');
  if (prev?.role === 'meta' && prev.date && !prev.byline && lines[i - 2]?.role !== 'short') cues.push('afterMeta');
  if (prev?.separator) cues.push('afterSeparator');
  if (i <= firstBody && !lines.slice(0, i).some((l) => l.role === 'short' && l.mdLevel === 0 && l.blankBefore < 2)) cues.push('documentStart');
  if (line.mdLevel === 1) cues.push('markdownH1');
  if (line.mdLevel === 2) cues.push('markdownH2');
  if (line.blankBefore >= 2) cues.push('wideGap');
  return cues;
}

const score = (cues: readonly HeadlineCue[]): number => cues.reduce((s, c) => s + HEADLINE_CUES[c].weight, 0);

/** Figures lines ("Shr 1.10 dlrs vs 1.05 dlrs", a results table) are content, though not prose. */
const isFigures = (l: LineInfo): boolean => (l.role === 'short' || l.role === 'other') && l.words >= 3 && (l.contentText.match(/\d/g)?.length ?? 0) >= 0.15 * l.contentText.length;

/** Content characters in lines [from, to): prose and figures lines. */
function bodyChars(lines: readonly LineInfo[], from: number, to: number): number {
  let n = 0;
  for (let j = from + 1; j < to; j++) if (lines[j]!.role === 'body' || isFigures(lines[j]!)) n += lines[j]!.end - lines[j]!.start;
  return n;
}

const isCaps = (l: LineInfo): boolean => l.words >= 3 && /\p{Lu}{2}/u.test(l.contentText) && !/\p{Ll}/u.test(l.contentText);

function candidates(lines: readonly LineInfo[]): Boundary[] {
  const firstBody = lines.findIndex((l) => l.role === 'body');
  const scored = lines.map((line, i) => (line.role === 'short' ? headlineCues(lines, i, firstBody === -1 ? lines.length : firstBody) : null));
  const strong = scored.flatMap((cues, i) => (cues && score(cues) >= HEADLINE_THRESHOLD ? [lines[i]!] : []));
  const capsDump = strong.filter(isCaps).length >= 2 && strong.filter(isCaps).length >= 0.6 * strong.length;
  const out: Boundary[] = [];
  scored.forEach((cues, i) => {
    if (!cues) return;
    const all: HeadlineCue[] = capsDump && isCaps(lines[i]!) && cues.includes('followedByBody') ? [...cues, 'sameCaseAsHeadlines'] : cues;
    if (score(all) >= HEADLINE_THRESHOLD) out.push({ headline: i, hasTitle: true, cues: all });
  });
  return out;
}

/** In a Markdown dump, headings deeper than the level its posts use are sections, not posts. */
function dropDeeperHeadings(lines: readonly LineInfo[], found: Boundary[]): Boundary[] {
  const strong = (b: Boundary): boolean => b.cues.includes('followedByMeta') || b.cues.includes('followedByWireLead') || b.cues.includes('afterSeparator');
  const levels = found.map((b) => lines[b.headline]!.mdLevel).filter((l) => l > 0);
  if (levels.length === 0) return found;
  const top = Math.min(...levels);
  return found.filter((b) => lines[b.headline]!.mdLevel <= top || strong(b));
}

function dropBodiless(lines: readonly LineInfo[], found: Boundary[]): Boundary[] {
  return found.filter((b, k) => bodyChars(lines, b.headline, found[k + 1]?.headline ?? lines.length) >= MIN_BODY_CHARS);
}

/** Prose before the first headline is an article of its own (its title is its first short line). */
function preamble(lines: readonly LineInfo[], found: Boundary[]): Boundary[] {
  const until = found[0]?.headline ?? lines.length;
  const minimum = found.length === 0 ? 1 : MIN_PREAMBLE_BODY_CHARS;
  if (bodyChars(lines, 0, until) < minimum) return found;
  const firstBody = lines.findIndex((l) => l.role === 'body');
  const title = lines.slice(0, firstBody).findLastIndex((l) => l.role === 'short' && !l.quoted);
  const rule = found.length === 0 ? 'single-article' : 'preamble-article';
  const head: Boundary = title >= 0 ? { headline: title, hasTitle: true, cues: [rule] } : { headline: firstBody, hasTitle: false, cues: [rule] };
  return [head, ...found];
}

export function findBoundaries(lines: readonly LineInfo[]): Boundary[] {
  let found = candidates(lines);
  found = dropDeeperHeadings(lines, found);
  found = dropBodiless(lines, found);
  return preamble(lines, found);
}
