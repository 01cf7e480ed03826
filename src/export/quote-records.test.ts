import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument, withLayer } from '../core/document.js';
import { sha256Hex } from '../core/hash.js';
import type { Attribution, Quote } from '../core/quote.js';
import { quoteRecordsOf } from './quote-records.js';
import { codePointOffset, quoteAnnotation } from './web-annotation.js';

const TEXT = 'Dam vote 🗳️\n\nHealth Minister Ana Costa said: “We are ready.” The BBC reported the vote was close.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

function doc() {
  const base = createDocument({ origin: { uri: 'x.txt', mediaType: 'text/plain', sha256: sha256Hex(TEXT), byteLength: TEXT.length, encoding: 'utf-8' }, text: TEXT });
  const quote: Quote = {
    ...at('“We are ready.”'), by: 'quotes.v1', rule: 'colon-intro', id: 'q_x_0', article: 'a_x_0', kind: 'direct', cue: at('said'),
    sentence: at('Health Minister Ana Costa said: “We are ready.”'), confidence: 0.95,
    speaker: { name: 'Ana Costa', kind: 'person', mention: at('Health Minister Ana Costa'), resolved: null },
  };
  const attribution: Attribution = { ...at('The BBC reported the vote was close.'), by: 'quotes.v1', rule: 'media-reported', id: 'at_x_0', article: 'a_x_0', source: { name: 'BBC', kind: 'media' }, cue: at('reported') };
  return withLayer(withLayer(base, 'quotes', [quote]), 'attributions', [attribution]);
}

test('quote and attribution records carry every span with the text it slices to', () => {
  const [quote, attribution] = quoteRecordsOf(doc());
  assert.ok(quote?.type === 'quote' && attribution?.type === 'attribution');
  assert.equal(quote.text, '“We are ready.”');
  assert.deepEqual(quote.cue, { ...at('said'), text: 'said' });
  assert.equal(quote.speaker?.mention?.text, 'Health Minister Ana Costa');
  assert.equal(quote.speaker?.entity, null);
  assert.deepEqual(attribution.source, { name: 'BBC', kind: 'media' });
  assert.equal(attribution.text, 'The BBC reported the vote was close.');
});

test('Web Annotation selectors count code points and carry prefix and suffix for re-anchoring', () => {
  const d = doc();
  const q = (d.layers.quotes as Quote[])[0]!;
  const a = quoteAnnotation(d, q) as { target: { selector: Array<Record<string, unknown>> } };
  const [position, quote] = a.target.selector;
  // The ballot-box emoji is two UTF-16 code units but one code point (plus a variation selector).
  assert.equal(position!.start, q.start - 1);
  assert.equal([...TEXT].slice(position!.start as number, position!.end as number).join(''), '“We are ready.”');
  assert.equal(quote!.exact, '“We are ready.”');
  assert.ok(TEXT.includes(`${quote!.prefix as string}${quote!.exact as string}${quote!.suffix as string}`));
});

test('codePointOffset counts a surrogate pair once', () => {
  assert.equal(codePointOffset('a😀b', 3), 2);
  assert.equal(codePointOffset('abc', 2), 2);
});

test('records carry every field the export format names, with the nested fields of cue, speaker and source', () => {
  const [quote, attribution] = quoteRecordsOf(doc()) as unknown as Array<Record<string, Record<string, unknown>>>;
  for (const key of ['type', 'id', 'article', 'document', 'start', 'end', 'text', 'kind', 'cue', 'speaker', 'confidence', 'rule']) assert.ok(key in quote!, `quote record lacks ${key}`);
  assert.deepEqual(Object.keys(quote!.cue!).sort(), ['end', 'start', 'text']);
  for (const key of ['name', 'kind', 'mention', 'entity']) assert.ok(key in quote!.speaker!, `quote speaker lacks ${key}`);
  assert.deepEqual(Object.keys(quote!.speaker!.mention as object).sort(), ['end', 'start', 'text']);
  for (const key of ['type', 'id', 'article', 'start', 'end', 'source', 'cue']) assert.ok(key in attribution!, `attribution record lacks ${key}`);
  assert.deepEqual(Object.keys(attribution!.source!).sort(), ['kind', 'name']);
});

test('Web Annotation prefix and suffix never cut a surrogate pair in half', () => {
  const text = `${'😀'.repeat(40)} “Yes,” she said. ${'😀'.repeat(40)}`;
  const start = text.indexOf('“');
  const end = text.indexOf('”') + 1;
  const base = createDocument({ origin: { uri: 'e.txt', mediaType: 'text/plain', sha256: sha256Hex(text), byteLength: text.length, encoding: 'utf-8' }, text });
  for (const shift of [0, 1]) {
    const q: Quote = { start: start - shift, end: end + shift, by: 'quotes.v1', rule: 'test', id: 'q_e_0', article: 'a_e_0', kind: 'direct', cue: null, sentence: { start, end }, speaker: null, confidence: 0.9 };
    const selector = (quoteAnnotation(withLayer(base, 'quotes', [q]), q) as { target: { selector: Array<Record<string, string>> } }).target.selector[1]!;
    for (const part of [selector.prefix!, selector.suffix!]) assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(part), `lone surrogate in ${JSON.stringify(part)}`);
    assert.ok(text.includes(`${selector.prefix}${selector.exact}${selector.suffix}`));
  }
});
