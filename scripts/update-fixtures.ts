/** Rewrites test/fixtures/<slug>/expected.json from current output. Usage: npm run fixtures:update [-- slug…] */
import { writeFileSync } from 'node:fs';
import { expectedPath, fixtureSlugs, summariseFixture } from '../test/fixture-summary.js';

const slugs = process.argv.length > 2 ? process.argv.slice(2) : fixtureSlugs();
for (const slug of slugs) {
  writeFileSync(expectedPath(slug), JSON.stringify(await summariseFixture(slug), null, 2) + '\n');
  console.log(`updated test/fixtures/${slug}/expected.json`);
}
