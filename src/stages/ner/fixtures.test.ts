import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getLayer } from '../../core/document.js';
import type { Mention } from '../../core/mention.js';
import { runPipeline } from '../../core/pipeline.js';
import { defaultPipeline } from '../../default-pipeline.js';
import { readInput } from '../ingest/read-input.js';

const DIR = new URL('../../../test/fixtures/ner-world-desk/', import.meta.url);

/** The golden mentions of test/fixtures/ner-world-desk: `TYPE text` in text order (regenerate with the script in its NOTES.md). */
test('the world-desk dump yields its reviewed mentions through the default pipeline', async () => {
  const read = await readInput({ bytes: readFileSync(new URL('input.txt', DIR)), uri: 'input.txt' }, 'input.txt');
  const doc = runPipeline(defaultPipeline, read.documents[0]!);
  const got = getLayer<Mention>(doc, 'mentions').map((m) => `${m.type} ${doc.text.slice(m.start, m.end)}`);
  const expected = JSON.parse(readFileSync(new URL('mentions.json', DIR), 'utf8')) as string[];
  assert.deepEqual(got, expected);
});
