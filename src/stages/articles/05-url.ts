/**
 * Step 5: the original URL of a reprint: a line that is a URL, "Source: https://…",
 * "Read the original at https://…", "Originally published at https://…". A URL inside a body
 * sentence is a link, not the article's address. Offsets are relative to the line.
 */
import type { Hit } from './03-byline.js';
import { URL_IN_LINE, URL_LINE } from './rules.js';

const SOURCE_PREFIX = /^(?:source|sources|via|link|url|original(?: article| story)?|permalink|read the (?:original|full)(?: article| story)?(?: at| on| here)?|(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:published|appeared) (?:at|on|in)|continue reading(?: at| on)?)\s*:?\s*/i;

export function findUrlLine(line: string): Hit | null {
  const whole = URL_LINE.exec(line);
  if (whole) {
    const at = line.indexOf(whole[1]!);
    return { value: whole[1]!, start: at, end: at + whole[1]!.length, rule: 'url-line' };
  }
  const prefix = SOURCE_PREFIX.exec(line);
  if (!prefix || prefix[0].length === 0) return null;
  const url = URL_IN_LINE.exec(line.slice(prefix[0].length));
  if (!url) return null;
  const at = prefix[0].length + url.index;
  // The URL must be the line's point, not a link in a long sentence after the prefix.
  if (line.length - (at + url[0].length) > 60) return null;
  return { value: url[0], start: at, end: at + url[0].length, rule: 'source-url' };
}
