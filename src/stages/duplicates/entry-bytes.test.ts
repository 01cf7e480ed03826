import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PresstrailError } from '../../core/errors.js';
import { copyEntry } from './05-entry.js';
import { decodeEntryBody, encodeEntryBody } from './entry-bytes.js';
import { documentsOf, jsonlOf } from './testing.js';
import { getLayer } from '../../core/document.js';
import type { Article } from '../../core/article.js';

const BODY = 'LISBON (AP) — The minister said on Monday that “the bridge will open in 2026,” after years of delay.\n\n'
  + 'Engineers had warned that the river bed was softer than expected; the budget grew to €1.2 billion.\n\nSource: Diário de Notícias';

test('an entry read back from its bytes has the same paragraphs, words, spans, quotes and credits', async () => {
  const [doc] = await documentsOf(jsonlOf([{ title: 'Bridge', text: BODY, date: '2024-01-02', outlet: 'Público' }]));
  const entry = copyEntry(doc!, getLayer<Article>(doc!, 'articles')[0]!);
  const { paragraphs, credits, signature: _s, bands: _b, paragraphHashes: _h, ...columns } = entry;
  const back = decodeEntryBody(columns, encodeEntryBody(entry));
  assert.ok(paragraphs.length >= 2 && credits.length >= 1);
  assert.deepEqual(back.paragraphs, paragraphs);
  assert.deepEqual(back.credits, credits);
  assert.equal(back.title, 'Bridge');
  assert.ok(paragraphs.some((p) => p.quotes.length === 2), 'the quoted words are a quote range');
});

test('bytes of another format version, or with bytes left over, are refused with PT-E021', () => {
  const columns = { article: 'a_x', document: 'd_x', title: null, date: null, outlet: null, words: 0 };
  const good = encodeEntryBody({ paragraphs: [], credits: [] });
  assert.deepEqual(decodeEntryBody(columns, good).paragraphs, []);
  assert.throws(() => decodeEntryBody(columns, new Uint8Array([9, 0, 0])), (e: unknown) => e instanceof PresstrailError && e.code === 'PT-E021');
  assert.throws(() => decodeEntryBody(columns, new Uint8Array([...good, 7])), (e: unknown) => e instanceof PresstrailError && e.code === 'PT-E021');
});
