import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showSpan } from '../../../core/span.js';
import { htmlFragmentToText, readHtml } from './index.js';
import type { SourceMap } from '../../../core/document.js';
import { loadPage } from './test-support.js';

/** Entities decoded the way the page uses them, so a mapped range can be compared with its text. */
function decode(raw: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', ndash: '–', ldquo: '“', rdquo: '”', eacute: 'é', euro: '€', copy: '©' };
  return raw.replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : named[e] ?? m)).replace(/<[^>]*>/g, ' ');
}

function checkMap(text: string, raw: string, map: SourceMap): void {
  let last = -1;
  for (const [ts, te, rs, re] of map.segments) {
    assert.ok(ts >= last && ts < te && te <= text.length, `segment order at ${showSpan(text, { start: ts, end: te })}`);
    last = te;
    const mapped = text.slice(ts, te).replace(/\s+/g, ' ');
    const source = decode(raw.slice(rs, re)).replace(/\s+/g, ' ');
    assert.ok(source.includes(mapped), `${showSpan(text, { start: ts, end: te })} maps to ${JSON.stringify(raw.slice(rs, re))}`);
  }
}

test('every source-map segment of a news page points at raw text that contains it', () => {
  const page = loadPage('news-article.html');
  const r = readHtml(page);
  checkMap(r.text, page, r.sourceMap);
});

test('the source map covers every word of the text', () => {
  const page = loadPage('news-article.html');
  const r = readHtml(page);
  const covered = new Uint8Array(r.text.length);
  for (const [ts, te] of r.sourceMap.segments) covered.fill(1, ts, te);
  const uncovered = [...r.text.matchAll(/\S+/g)].find((m) => covered[m.index!] === 0);
  assert.equal(uncovered, undefined, uncovered && showSpan(r.text, { start: uncovered.index!, end: uncovered.index! + uncovered[0].length }));
});

test('text without entities maps back word for word to the exact raw characters', () => {
  const raw = '<p>Hello   brave\n new <b>world</b></p>';
  const r = htmlFragmentToText(raw);
  assert.equal(r.text, 'Hello brave new world');
  for (const [ts, te, rs, re] of r.sourceMap.segments) {
    if (!/\s/.test(raw.slice(rs, re))) assert.equal(raw.slice(rs, re), r.text.slice(ts, te));
  }
  const world = r.sourceMap.segments.find(([ts, te]) => r.text.slice(ts, te) === 'world');
  assert.ok(world && raw.slice(world[2], world[3]) === 'world');
});

test('blog archive and fragment maps are valid too', () => {
  const page = loadPage('blog-archive.html');
  const r = readHtml(page);
  checkMap(r.text, page, r.sourceMap);
  const frag = '<p>Caf&eacute; &amp; bar</p><ul><li>one</li><li>two</li></ul>';
  const f = htmlFragmentToText(frag);
  checkMap(f.text, frag, f.sourceMap);
});
