import type { Block, MetaHint } from '../../../core/document.js';
import type { Span } from '../../../core/span.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "March 2, 2025", "2 March 2025", "2025-03-02": the forms bylines and datelines print. */
const DATE_FORMS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i'), read: (m) => [Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2])] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i'), read: (m) => [Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1])] },
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];
/** How far past the headline a date still belongs to the article header. */
const HEADER_CHARS = 400;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first date written in `text[from, to)`, as YYYY-MM-DD with its span in the text. */
export function findTextDate(text: string, from: number, to: number): { value: string; span: Span } | null {
  const slice = text.slice(from, to);
  let best: { value: string; span: Span } | null = null;
  for (const { re, read } of DATE_FORMS) {
    const m = re.exec(slice);
    if (!m) continue;
    const [y, mo, d] = read(m);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    if (!best || from + m.index < best.span.start) best = { value: `${y}-${pad(mo)}-${pad(d)}`, span: { start: from + m.index, end: from + m.index + m[0].length } };
  }
  return best;
}

/**
 * Dates printed in the article header: in dateline and byline blocks, else just under the headline.
 * Least reliable of the date hints (a header may also print an update date), so they come last.
 * The value is computed (YYYY-MM-DD), so the hint carries no raw range; the dateline block has the span.
 */
export function textDateHints(text: string, blocks: readonly Block[]): MetaHint[] {
  const headline = blocks.find((b) => b.rule === 'headline');
  const places: Array<[Span, string]> = blocks.filter((b) => b.kind === 'dateline' || b.kind === 'byline').map((b) => [b, `text:${b.kind}`]);
  if (headline) places.push([{ start: headline.end, end: Math.min(text.length, headline.end + HEADER_CHARS) }, 'text:header']);
  for (const [span, source] of places) {
    const found = findTextDate(text, span.start, span.end);
    if (!found) continue;
    return [{ field: 'date', value: found.value, source }];
  }
  return [];
}
