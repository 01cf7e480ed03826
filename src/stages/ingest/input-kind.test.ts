import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { detectKind } from './input-kind.js';

const b = (s: string) => new TextEncoder().encode(s);

test('kinds are recognised from content before file names', () => {
  assert.equal(detectKind(b('<!DOCTYPE html><html><body>x</body></html>'), 'page.txt'), 'html');
  assert.equal(detectKind(b('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'), 'feed.xml'), 'feed');
  assert.equal(detectKind(b('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'x'), 'feed');
  assert.equal(detectKind(b('WARC/1.1\r\nWARC-Type: warcinfo\r\n'), 'crawl'), 'warc');
  assert.equal(detectKind(b('{"title":"a","text":"b"}\n{"title":"c","text":"d"}\n'), 'export.dat'), 'jsonl');
  assert.equal(detectKind(gzipSync(b('hello')), 'x.txt.gz'), 'gzip');
});

test('names decide between text and Markdown and for fragments of HTML', () => {
  assert.equal(detectKind(b('# Title\n\nBody'), 'dump.md'), 'markdown');
  assert.equal(detectKind(b('<div><p>hi</p></div>'), 'page.html'), 'html');
  assert.equal(detectKind(b('Headline\n\nBody text.'), 'dump.txt'), 'text');
});

test('NUL bytes and control characters make a file binary, an empty one is empty', () => {
  assert.equal(detectKind(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'photo.txt'), 'binary');
  assert.equal(detectKind(new Uint8Array(0), 'empty.txt'), 'empty');
  assert.equal(detectKind(b('  \n\n  '), 'blank.txt'), 'empty');
});
