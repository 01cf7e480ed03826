import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed } from './feed-reader.js';

const b = (s: string) => new TextEncoder().encode(s);

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Times</title><link>https://harbour.example/</link>
<item><title>Port strike ends after 12 days</title><link>https://harbour.example/strike</link>
<pubDate>Tue, 09 Apr 2024 10:00:00 +0100</pubDate><dc:creator>Mira Okafor</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Dock workers returned on <b>Tuesday</b>.</p><p>The union said the deal was fair.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://harbour.example/b</link><description>&lt;p&gt;Just the summary.&lt;/p&gt;</description></item>
</channel></rss>`;

test('RSS items become documents with full content, title first, and hints from the item', () => {
  const r = readFeed({ bytes: b(RSS), uri: 'harbour.rss' });
  assert.equal(r.documents.length, 2);
  const doc = r.documents[0]!;
  assert.equal(doc.origin.uri, 'harbour.rss#item=1');
  assert.match(doc.text, /^Port strike ends after 12 days\n\nDock workers returned on Tuesday\.\n\nThe union said the deal was fair\.$/);
  const hints = Object.fromEntries(doc.hints.map((h) => [h.field, h.value]));
  assert.equal(hints.date, 'Tue, 09 Apr 2024 10:00:00 +0100');
  assert.equal(hints.author, 'Mira Okafor');
  assert.equal(hints.outlet, 'Harbour Times');
  assert.equal(hints.url, 'https://harbour.example/strike');
  assert.match(r.documents[1]!.text, /Just the summary\./);
});

test('Atom entries read title, content, link, published date and authors', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Lab Notes</title>
<entry><title type="text">Telescope finds water</title><link rel="alternate" href="https://lab.example/water"/><id>tag:lab,1</id>
<published>2024-02-05T08:00:00Z</published><author><name>Ines Duarte</name></author>
<content type="html">&lt;p&gt;Astronomers reported water vapour.&lt;/p&gt;</content></entry></feed>`;
  const r = readFeed({ bytes: b(atom), uri: 'lab.atom' });
  const doc = r.documents[0]!;
  assert.equal(doc.origin.mediaType, 'application/atom+xml');
  assert.equal(doc.text, 'Telescope finds water\n\nAstronomers reported water vapour.');
  assert.deepEqual(doc.hints.filter((h) => h.field === 'author').map((h) => h.value), ['Ines Duarte']);
});

test('a malformed feed is one error naming the file', () => {
  const r = readFeed({ bytes: b('<rss><channel><item><title>unclosed'), uri: 'broken.rss' });
  assert.equal(r.documents.length, 0);
  assert.equal(r.problems[0]!.uri, 'broken.rss');
  assert.match(r.problems[0]!.reason, /malformed feed/);
});
