/** Rewrites test/fixtures/copies-<slug>/copies.json from current output; a person reviews the diff. Usage: npx tsx scripts/update-copy-fixtures.ts [slug…] */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseCopies } from '../src/stages/duplicates/testing.js';

const root = 'test/fixtures';
const slugs = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(root).filter((d) => d.startsWith('copies-'));
for (const slug of slugs) {
  const got = await summariseCopies(readFileSync(join(root, slug, 'input.jsonl')), 'input.jsonl');
  writeFileSync(join(root, slug, 'copies.json'), JSON.stringify(got, null, 2) + '\n');
  console.log(`updated ${root}/${slug}/copies.json (${got.length} copies)`);
}
