import type { Document } from '../core/document.js';
import { getLayer } from '../core/document.js';
import type { Quote } from '../core/quote.js';

const CONTEXT_CHARS = 32;

/** Code points before a UTF-16 offset: Web Annotation selectors count code points, not code units. */
export function codePointOffset(text: string, utf16: number): number {
  let count = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) count++;
  }
  return count;
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Context around [start, end): up to CONTEXT_CHARS code units, never cutting a surrogate pair in half. */
function context(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLow(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && isHigh(text.charCodeAt(to - 1))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * A quote as a W3C Web Annotation: a TextPositionSelector (code points) plus a TextQuoteSelector
 * with prefix and suffix, so a client can re-anchor the quote if the text shifts.
 */
export function quoteAnnotation(doc: Document, q: Quote): Record<string, unknown> {
  const body: Array<Record<string, string>> = [{ type: 'TextualBody', purpose: 'classifying', value: `${q.kind} quote` }];
  if (q.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: `${q.speaker.name} (${q.speaker.kind})` });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:presstrail:quote:${q.id}`,
    type: 'Annotation',
    motivation: 'describing',
    creator: { type: 'Software', name: `presstrail ${q.by}`, rule: q.rule },
    body,
    target: {
      source: doc.origin.url ?? doc.origin.uri,
      selector: [
        { type: 'TextPositionSelector', start: codePointOffset(doc.text, q.start), end: codePointOffset(doc.text, q.end) },
        { type: 'TextQuoteSelector', exact: doc.text.slice(q.start, q.end), ...context(doc.text, q.start, q.end) },
      ],
    },
  };
}

export function quoteAnnotationsOf(doc: Document): Array<Record<string, unknown>> {
  return getLayer<Quote>(doc, 'quotes').map((q) => quoteAnnotation(doc, q));
}
