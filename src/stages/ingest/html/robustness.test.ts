import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './index.js';

test('an empty page gives empty text and a fatal message', () => {
  const r = readHtml('');
  assert.equal(r.text, '');
  assert.ok(r.messages.some((m) => m.ruleId === 'empty-input' && m.fatal));
});

test('binary-looking junk does not throw and is reported', () => {
  const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const r = readHtml(junk);
  assert.ok(r.messages.some((m) => m.ruleId === 'binary-input'));
});

test('unclosed tags still give their text', () => {
  const r = readHtml('<html><body><div><p>Hello <b>world <i>unclosed <div><p>more text here');
  assert.match(r.text, /Hello world unclosed/);
  assert.match(r.text, /more text here/);
});

test('ten thousand nested divs do not overflow the stack', () => {
  const r = readHtml(`<html><body>${'<div>'.repeat(10_000)}<p>deep text here</p>${'</div>'.repeat(10_000)}</body></html>`);
  assert.match(r.text, /deep text here/);
});

test('a 5 MB page is read in a few seconds', () => {
  const para = `<p>${'The quick brown fox jumps over the lazy dog. '.repeat(20)}</p>\n`;
  const page = `<html><body><article><h1>Big</h1>${para.repeat(Math.ceil(5e6 / para.length))}</article></body></html>`;
  const started = Date.now();
  const r = readHtml(page);
  assert.ok(r.text.length > 4e6, `text length ${r.text.length}`);
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
});

test('script, style, noscript, template and svg content never reaches the text', () => {
  const body = '<p>Visible paragraph with enough words to count as the article body on this page.</p>';
  const r = readHtml(`<html><body><article>${body}<script>var x=1</script><style>p{}</style><noscript>enable js</noscript><template>tpl</template><svg><text>svgtext</text></svg>${body}</article></body></html>`);
  for (const needle of ['var x', 'p{}', 'enable js', 'tpl', 'svgtext']) assert.ok(!r.text.includes(needle), needle);
});

test('non-ASCII text and numeric entities survive decoding', () => {
  const r = readHtml('<html><body><article><h1>Ærø</h1><p>Zürich, 東京 and Київ &#8212; &#x1F600; all appear in this sentence of the article body text.</p></article></body></html>');
  assert.match(r.text, /Zürich, 東京 and Київ — 😀/);
});
