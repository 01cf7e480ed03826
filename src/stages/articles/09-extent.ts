/**
 * Step 9: how far each article reaches. An article starts at its headline (or at a dateline or
 * release line printed right above it) and ends at its last body paragraph, or at the last
 * clutter that belongs to it: its own "Related News" list, share bar, tags, source line,
 * author bio. Site furniture ("You Might Also Like", menus, cookie notices) after the last
 * paragraph ends the article; it and anything else between articles belongs to no article.
 */
import type { Boundary } from './08-boundaries.js';
import type { LineInfo } from './07-roles.js';

export interface Extent {
  readonly boundary: Boundary;
  /** First and last line (inclusive) of the article. */
  readonly first: number;
  readonly last: number;
}

/** Dateline or release-mark lines directly above a headline belong to its article. */
function leadingStart(lines: readonly LineInfo[], headline: number, floor: number): number {
  let first = headline;
  while (first - 1 > floor) {
    const prev = lines[first - 1]!;
    const above = prev.releaseMark || (prev.role === 'meta' && prev.date !== null && prev.byline === null && !prev.url);
    if (!above || lines[first]!.blankBefore >= 2) break;
    first--;
  }
  return first;
}

/** Ends like a sentence (optionally inside closing quotes), or introduces what follows with a colon. */
const SHORT_SENTENCE = /(?:[.!?…]["'”’)\]]*|:)$/;

/** Walks the lines after a headline and returns the last line the article owns. */
function lastOwned(lines: readonly LineInfo[], from: number, to: number): number {
  let last = from;
  let site = false;
  let block: 'owned' | 'site' | null = null;
  for (let j = from + 1; j < to; j++) {
    const line = lines[j]!;
    if (line.role === 'body') {
      site = false;
      block = null;
      last = j;
    } else if (line.role === 'separator') {
      // A rule after the last paragraph closes the piece; clutter after it is the page's.
      site = true;
      block = null;
    } else if (line.role === 'meta') {
      if (!site) last = j;
    } else if (line.role === 'boilerplate') {
      if (line.boiler?.site) {
        site = true;
        block = 'site';
      } else if (!site) {
        block = line.boiler?.header ? 'owned' : null;
        last = j;
      }
    } else if (block === 'owned' && line.blankBefore < 2) {
      last = j;
    } else if (!site && line.role === 'other' && SHORT_SENTENCE.test(line.contentText)) {
      // A short closing sentence or quote ("“Everyone is tired,” one negotiator said.") or a
      // colon lead-in is still the story: too short to count as prose, but not clutter either.
      block = null;
      last = j;
    } else {
      block = block === 'site' ? 'site' : null;
    }
  }
  return last;
}

export function articleExtents(lines: readonly LineInfo[], boundaries: readonly Boundary[]): Extent[] {
  const starts: number[] = [];
  boundaries.forEach((b, k) => {
    const floor = k === 0 ? -1 : boundaries[k - 1]!.headline;
    starts.push(b.hasTitle ? leadingStart(lines, b.headline, floor) : b.headline);
  });
  return boundaries.map((boundary, k) => ({
    boundary,
    first: starts[k]!,
    last: lastOwned(lines, boundary.headline, starts[k + 1] ?? lines.length),
  }));
}
