import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, declaredCharset } from './decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

test('UTF-8 with a byte-order mark decodes without the mark', () => {
  const d = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Café')]));
  assert.equal(d.text, 'Café');
  assert.equal(d.source, 'bom');
});

test('valid UTF-8 without a declaration is read as UTF-8', () => {
  const d = decodeBytes(utf8('Zürich — “quoted”'));
  assert.equal(d.text, 'Zürich — “quoted”');
  assert.equal(d.encoding, 'utf-8');
});

test('windows-1252 bytes with curly quotes are detected and decoded with a warning', () => {
  const d = decodeBytes(latin('The minister said \x93we are ready\x94 in S\xe3o Paulo and na\xefve caf\xe9s.'));
  assert.equal(d.text, 'The minister said “we are ready” in São Paulo and naïve cafés.');
  assert.equal(d.encoding, 'windows-1252');
  assert.match(d.warning ?? '', /not valid UTF-8/);
});

test('an HTML meta charset is honoured', () => {
  const d = decodeBytes(latin('<html><head><meta charset="iso-8859-1"></head><body>caf\xe9</body></html>'), { markup: true });
  assert.equal(d.source, 'meta');
  assert.match(d.text, /café/);
});

test('an HTTP header charset wins over the meta tag', () => {
  const d = decodeBytes(latin('<meta charset="utf-8"><p>caf\xe9</p>'), { markup: true, httpCharset: 'windows-1252' });
  assert.equal(d.source, 'http-header');
  assert.match(d.text, /café/);
});

test('a wrong UTF-8 declaration falls back to detection instead of producing replacement characters', () => {
  const d = decodeBytes(latin('<meta charset="utf-8"><p>The caf\xe9 in the na\xefve town of S\xe3o Jos\xe9 reopened.</p>'), { markup: true });
  assert.doesNotMatch(d.text, /\uFFFD/);
  assert.match(d.warning ?? '', /did not decode cleanly/);
});

test('the XML declaration names the encoding of a feed', () => {
  assert.deepEqual(declaredCharset(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')), { charset: 'ISO-8859-1', source: 'xml-declaration' });
});
