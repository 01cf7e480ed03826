/**
 * Step 01: quoted runs of a headline ("'a disgrace'", “can”), as spans of the document text
 * without their marks. Headlines quote with single marks as often as double ones, so an
 * apostrophe only opens a run after a space or punctuation ("jet's" opens nothing) and only
 * closes one before a space, punctuation or the end.
 */
import type { Span } from '../../core/span.js';

const RUN = /(^|[\s:(\[—–-])(['‘"“])([^'‘’"“”\n]{1,120}?)(['’"”])(?=$|[\s,:;.!?)\]—–-])/gu;
const PAIRS: Readonly<Record<string, string>> = { "'": "'’", '‘': '’\'', '"': '"”', '“': '”"' };

/** Quoted runs in text[headline), inner spans (marks excluded). */
export function quotedFragments(text: string, headline: Span): Span[] {
  const slice = text.slice(headline.start, headline.end);
  const out: Span[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
    const [, lead, open, inner, close] = m as unknown as [string, string, string, string, string];
    if (!PAIRS[open]!.includes(close) || inner.trim() === '' || /^\s|\s$/.test(inner)) continue;
    const start = headline.start + m.index + lead.length + open.length;
    out.push({ start, end: start + inner.length });
  }
  return out;
}
