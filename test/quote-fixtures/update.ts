/** Rewrites test/quote-fixtures/<slug>/expected.json from current output (all slugs, or those named). */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUOTE_FIXTURES_DIR, quoteFixtureSlugs, summarise } from './summary.js';

const only = process.argv.slice(2);
for (const slug of only.length > 0 ? only : quoteFixtureSlugs()) {
  const text = readFileSync(join(QUOTE_FIXTURES_DIR, slug, 'input.txt'), 'utf8');
  writeFileSync(join(QUOTE_FIXTURES_DIR, slug, 'expected.json'), `${JSON.stringify(summarise(text), null, 2)}\n`);
  console.log(`updated ${slug}`);
}
