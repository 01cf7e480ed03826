/** Rewrites test/headline-fixtures/<slug>/expected.json from current output (all slugs, or those named). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADLINE_FIXTURES_DIR, headlineFixtureSlugs, summarise } from './summary.js';

const only = process.argv.slice(2);
for (const slug of only.length > 0 ? only : headlineFixtureSlugs()) {
  const input = readFileSync(join(HEADLINE_FIXTURES_DIR, slug, 'input.txt'), 'utf8');
  writeFileSync(join(HEADLINE_FIXTURES_DIR, slug, 'expected.json'), `${JSON.stringify(summarise(input), null, 2)}\n`);
  console.log(`updated ${slug}`);
}
