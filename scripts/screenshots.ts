/**
 * Saves a screenshot of each view to docs/screenshots/ (for the README): `presstrail serve` on the
 * sample corpus in headless Chromium. Usage: npm run build && npx tsx scripts/screenshots.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, skipReason } from '../test/e2e/browser.js';
import { startE2e } from '../test/e2e/setup.js';

const reason = skipReason();
if (reason) { console.error(reason); process.exit(2); }
const out = join(ROOT, 'docs/screenshots');
const e = await startE2e();
const page = e.page;
const shot = async (name: string, fullPage = false) => {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
};
try {
  await page.goto(e.url);
  await page.locator('main h1').waitFor();
  await shot('overview');
  await page.goto(`${e.url}search?q=${encodeURIComponent('minister OR president')}`);
  await page.locator('ol.results').first().waitFor();
  await shot('search');
  // The reader on an article whose headline attributes a claim, with the claim's best evidence selected.
  const { items } = await (await page.request.get(`${e.url}api/headlines?verdict=quoted&limit=1`)).json() as { items: Array<{ article: string; claims: Array<{ evidence: Array<{ quote: string | null }> }> }> };
  await page.goto(`${e.url}articles/${items[0]!.article}?mark=q:${items[0]!.claims[0]!.evidence[0]!.quote}`);
  await page.locator('aside.evidence section.correction').waitFor();
  await page.locator('section.headline-check').waitFor();
  await shot('reader');
  await page.goto(`${e.url}speakers/Donald%20Trump?kind=person`);
  await page.locator('main h1').waitFor();
  await shot('speaker');
  // Copies: the clusters; the cluster whose quote lost words, side by side; a copy in the reader with a copied paragraph's other copies.
  const { items: clusters } = await (await page.request.get(`${e.url}api/copies`)).json() as { items: Array<{ id: string; members: Array<{ article: string; earliest: boolean }>; pairsList: Array<{ quoteEdits: number }> }> };
  await page.goto(`${e.url}copies`);
  await page.locator('section.cluster').first().waitFor();
  await shot('copies');
  const drifted = clusters.find((c) => c.pairsList.some((p) => p.quoteEdits > 0)) ?? clusters[0]!;
  await page.goto(`${e.url}copies/${drifted.id}`);
  await page.locator('table.side-by-side').waitFor();
  await shot('copies-side-by-side', true);
  const copy = drifted.members.find((m) => !m.earliest)!;
  const { paragraphs } = await (await page.request.get(`${e.url}api/articles/${copy.article}/copies`)).json() as { paragraphs: Array<{ start: number; end: number; copies: Array<{ match: string }> }> };
  const changed = paragraphs.find((p) => p.copies.some((c) => c.match === 'changed')) ?? paragraphs[0]!;
  await page.goto(`${e.url}articles/${copy.article}?mark=cp:${changed.start}-${changed.end}`);
  await page.locator('aside.evidence ul.other-copies').waitFor();
  await shot('reader-copies');
  // The entity views: a person's page, the people list, one person's timeline, a name's evidence in the reader.
  const { items: people } = await (await page.request.get(`${e.url}api/entities?kind=person&q=Donald%20Trump&limit=1`)).json() as { items: Array<{ id: string }> };
  await page.goto(`${e.url}entities/${people[0]!.id}`);
  await page.locator('table.roles').waitFor();
  await shot('entity');
  await page.goto(`${e.url}entities`);
  await page.locator('table.entities').waitFor();
  await shot('entities');
  await page.goto(`${e.url}timeline?entity=${people[0]!.id}`);
  await page.locator('li.tl-item').first().waitFor();
  await shot('timeline');
  await page.goto(`${e.url}entities/${people[0]!.id}`);
  await page.locator('a.mention-link').nth(1).click();
  await page.locator('aside.evidence a.entity-link').waitFor();
  await shot('reader-entity');
  const file = join(e.dir, 'harbour-ferry.txt');
  writeFileSync(file, 'Harbour ferry returns after the storm\n\nMonday, March 4, 2019\n\nThe harbour ferry ran again on Monday. "We are glad to be back on the water," said captain Ruth Okafor.\n');
  const empty = join(e.dir, 'empty-notes.txt');
  writeFileSync(empty, '');
  await page.goto(`${e.url}ingest`);
  await page.getByLabel('Choose files').setInputFiles([file, empty]);
  await page.locator('li.job').filter({ hasText: 'done' }).waitFor();
  await shot('ingest');
} finally {
  await e.close();
}
