/** Every dump fixture: the headlines its NOTES.md lists are exactly the titles found, in order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentArticles } from './index.js';
import { makeDoc, showArticles, titles } from './testing.js';

const ROOT = join(import.meta.dirname, '../../../test/fixtures');

/** The quoted headlines after "expected headlines:" in a NOTES.md line. */
function expectedHeadlines(notes: string): string[] {
  const tail = notes.slice(notes.indexOf('expected headlines:'));
  return [...tail.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
}

const folders = existsSync(ROOT) ? readdirSync(ROOT).filter((d) => d.startsWith('dump-')) : [];

test('there are at least ten dump fixtures', () => assert.ok(folders.length >= 10, folders.join(', ')));

for (const folder of folders) {
  test(`fixture ${folder} yields the headlines its NOTES.md lists`, () => {
    const dir = join(ROOT, folder);
    const input = ['input.txt', 'input.md'].map((f) => join(dir, f)).find((p) => existsSync(p));
    assert.ok(input, `${folder} has no input`);
    const text = readFileSync(input, 'utf8');
    const articles = segmentArticles(makeDoc(text, { mediaType: input.endsWith('.md') ? 'text/markdown' : 'text/plain' }));
    assert.deepEqual(titles(articles), expectedHeadlines(readFileSync(join(dir, 'NOTES.md'), 'utf8')), showArticles(text, articles));
    for (const a of articles) for (const b of a.boilerplate) assert.ok(b.start >= a.start && b.end <= a.end, `${folder}: boilerplate outside its article`);
  });
}
