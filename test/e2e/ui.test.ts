import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { skipReason } from './browser.js';
import { axeViolations, startE2e, type E2e } from './setup.js';

const skip = skipReason();
if (skip) console.log(`# SKIP browser tests: ${skip}`);

/** End-to-end: `presstrail serve` on the sample corpus, driven in headless Chromium. */
describe('the web UI on the sample corpus', { skip: skip ?? false }, () => {
  let e: E2e;
  before(async () => { e = await startE2e(); });
  after(async () => { await e?.close(); });

  test('the overview shows the corpus counts, its charts and the most-quoted speakers', async () => {
    await e.page.goto(e.url);
    await e.page.getByRole('heading', { name: 'Corpus overview' }).waitFor();
    assert.equal(await e.page.locator('figure.chart canvas').count(), 3);
    assert.ok(await e.page.locator('table.speakers tbody tr').count() > 5);
    assert.match(await e.page.locator('.stats').innerText(), /articles/);
  });

  test('search narrows as you type, and the address keeps the query', async () => {
    await e.page.goto(`${e.url}search`);
    const status = e.page.getByRole('status').first();
    await e.page.getByLabel('Words').fill('Goa');
    await e.page.waitForFunction(() => location.search.includes('q=Goa'));
    await status.filter({ hasText: /\d+ articles/ }).waitFor();
    // The unfiltered first answer may still be on screen; wait for the filtered one.
    await e.page.locator('section[aria-labelledby="res-articles"] ol.results > li > a', { hasText: "D'Souza" }).first().waitFor();
    const titles = await e.page.locator('section[aria-labelledby="res-articles"] ol.results > li > a').allInnerTexts();
    assert.ok(titles.some((t) => t.includes("D'Souza")), titles.join(' | '));
    assert.ok(await e.page.locator('section[aria-labelledby="res-articles"] mark').count() > 0, 'matched words are marked');
  });

  test('open an article, click a quote for its evidence, follow to the speaker, and come back', async () => {
    await e.page.goto(`${e.url}search?q=${encodeURIComponent('"Francis D\'Souza"')}`);
    await e.page.getByRole('link', { name: /Francis D'Souza, former Deputy Chief Minister/ }).click();
    await e.page.getByRole('heading', { level: 1, name: /Francis D'Souza/ }).waitFor();
    assert.match(new URL(e.page.url()).pathname, /^\/articles\/a_/);
    await e.page.locator('.article-text .m-quote[role="button"]').first().click();
    const panel = e.page.locator('aside.evidence');
    await panel.getByRole('heading', { name: /^Quote by / }).waitFor();
    assert.match(await panel.locator('blockquote.sentence').innerText(), /iconic/);
    assert.match(await panel.innerText(), /Rule\s+\S+/);
    assert.match(await panel.innerText(), /Confidence\s+\d+%/);
    assert.match(e.page.url(), /mark=q%3Aq_/);
    await panel.locator('a.speaker-link').click();
    await e.page.getByRole('heading', { level: 1, name: 'Damodar Naik' }).waitFor();
    assert.match(await e.page.locator('ol.results').innerText(), /iconic/);
    await e.page.goBack();
    await e.page.getByRole('heading', { level: 1, name: /Francis D'Souza/ }).waitFor();
  });

  test('a headline that attributes a claim shows its verdict in search and the reader, and its evidence leads to the quote', async () => {
    await e.page.goto(`${e.url}search?q=${encodeURIComponent('"state of emergency"')}`);
    const result = e.page.locator('section[aria-labelledby="res-articles"] ol.results > li').filter({ hasText: /President Trump says/ });
    assert.match(await result.locator('.verdict').innerText(), /headline quoted/);
    await result.getByRole('link', { name: /President Trump says/ }).click();
    await e.page.getByRole('heading', { level: 1, name: /President Trump says/ }).waitFor();
    assert.match(await e.page.locator('.headline-line .verdict').innerText(), /headline quoted/);
    const check = e.page.getByRole('region', { name: 'Headline check' });
    assert.match(await check.innerText(), /Donald Trump \(headline: “President Trump”\): “?he 'can' and 'may' put US into state of emergency/);
    assert.match(await check.innerText(), /Verdict: quoted/);
    const evidence = check.getByRole('button', { name: /Best evidence: .*similarity \d+%/ });
    await evidence.focus();
    await e.page.keyboard.press('Enter');
    await e.page.locator('aside.evidence').getByRole('heading', { name: /^Quote by Donald Trump/ }).waitFor();
    assert.match(e.page.url(), /mark=q%3Aq_/);
    assert.ok(await e.page.locator('.article-text .selected').count() > 0, 'the quote is marked in the text');
  });

  test('a deep link to a quote opens the reader with its evidence shown', async () => {
    const res = await e.page.request.get(`${e.url}api/quotes?speaker=Manohar%20Parrikar&limit=1`);
    const { items } = await res.json() as { items: Array<{ id: string; article: string }> };
    await e.page.goto(`${e.url}articles/${items[0]!.article}?mark=q:${items[0]!.id}`);
    await e.page.locator('aside.evidence').getByRole('heading', { name: 'Quote by Manohar Parrikar' }).waitFor();
    assert.ok(await e.page.locator('.article-text .selected').count() > 0);
  });

  test('the keyboard reaches a quote and Enter opens its evidence', async () => {
    await e.page.goto(`${e.url}search?q=Parrikar`);
    await e.page.locator('section[aria-labelledby="res-articles"] ol.results a').first().click();
    await e.page.locator('.article-text').waitFor();
    const first = e.page.locator('.article-text .m-quote[role="button"]').first();
    await first.focus();
    await e.page.keyboard.press('Enter');
    await e.page.locator('aside.evidence').getByRole('heading', { name: /^Quote by / }).waitFor();
  });

  test('a quote\'s speaker is corrected, shown as corrected, and the correction undone', async () => {
    const { items } = await (await e.page.request.get(`${e.url}api/quotes?speaker=Damodar%20Naik&limit=1`)).json() as { items: Array<{ id: string; article: string }> };
    await e.page.goto(`${e.url}articles/${items[0]!.article}?mark=q:${items[0]!.id}`);
    const panel = e.page.locator('aside.evidence');
    await panel.getByRole('heading', { name: 'Quote by Damodar Naik' }).waitFor();
    await panel.getByLabel('Speaker').fill('Bharatiya Janata Party');
    await panel.getByLabel('Kind').selectOption('organization');
    await panel.getByRole('button', { name: 'Change speaker' }).click();
    await panel.getByRole('heading', { name: 'Quote by Bharatiya Janata Party' }).waitFor();
    assert.match(await panel.innerText(), /the pipeline said Damodar Naik/);
    assert.match(await e.page.locator('.quote-list').innerText(), /Bharatiya Janata Party\s*corrected/);
    assert.ok(await e.page.locator('.article-text .m-quote.corrected').count() > 0, 'the mark shows the correction');
    await panel.getByRole('button', { name: /^Undo c_/ }).click();
    await panel.getByRole('heading', { name: 'Quote by Damodar Naik' }).waitFor();
    assert.match(await panel.locator('ul.corrections').innerText(), /undone/);
    assert.equal(await e.page.locator('.article-text .m-quote.corrected').count(), 0);
  });

  test('a quote marked as not a quote leaves the speaker\'s count, and undoing brings it back', async () => {
    const count = async () => ((await (await e.page.request.get(`${e.url}api/quotes?speaker=Manohar%20Parrikar`)).json()) as { total: number }).total;
    const before = await count();
    const { items } = await (await e.page.request.get(`${e.url}api/quotes?speaker=Manohar%20Parrikar&limit=1`)).json() as { items: Array<{ id: string; article: string }> };
    await e.page.goto(`${e.url}articles/${items[0]!.article}?mark=q:${items[0]!.id}`);
    const panel = e.page.locator('aside.evidence');
    await panel.getByRole('button', { name: 'Not a quote' }).click();
    await panel.getByRole('heading', { name: 'Corrected: not a quote' }).waitFor();
    assert.equal(await count(), before - 1);
    assert.match(await e.page.locator('.quote-list').innerText(), /not a quote/);
    await panel.getByRole('button', { name: /^Undo c_/ }).click();
    await panel.getByRole('heading', { name: 'Correct this quote' }).waitFor();
    assert.equal(await count(), before);
  });

  test('an uploaded file is ingested with live progress and its article opens', async () => {
    const file = join(e.dir, 'harbour-ferry.txt');
    writeFileSync(file, 'Harbour ferry returns after the storm\n\nMonday, March 4, 2019\n\nThe harbour ferry ran again on Monday. "We are glad to be back on the water," said captain Ruth Okafor.\n');
    await e.page.goto(`${e.url}ingest`);
    await e.page.getByLabel('Choose files').setInputFiles(file);
    const job = e.page.locator('li.job').first();
    await job.filter({ hasText: 'done' }).waitFor();
    assert.match(await job.innerText(), /1 documents added/);
    await job.getByRole('link', { name: 'Harbour ferry returns after the storm' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Harbour ferry returns after the storm' }).waitFor();
    assert.match(await e.page.locator('.quote-list').innerText(), /Ruth Okafor/);
  });

  test('a headline the body does not support shows "not found" and its quoted words missing from the body', async () => {
    const file = join(e.dir, 'disgrace.txt');
    writeFileSync(file, 'Lindqvist calls the budget \'a disgrace\'\n\nThursday, March 7, 2019\n\nThe council met once more. "The numbers do not add up," said councillor Mara Lindqvist.\n');
    await e.page.goto(`${e.url}ingest`);
    await e.page.getByLabel('Choose files').setInputFiles(file);
    const job = e.page.locator('li.job').first();
    await job.filter({ hasText: 'done' }).waitFor();
    await job.getByRole('link', { name: "Lindqvist calls the budget 'a disgrace'" }).click();
    await e.page.getByRole('heading', { level: 1, name: "Lindqvist calls the budget 'a disgrace'" }).waitFor();
    assert.match(await e.page.locator('.headline-line .verdict').innerText(), /headline not found/);
    const check = await e.page.getByRole('region', { name: 'Headline check' }).innerText();
    assert.match(check, /Mara Lindqvist \(headline: “Lindqvist”\): the budget 'a disgrace'/);
    assert.match(check, /Verdict: not found/);
    assert.match(check, /No passage of the body supports it/);
    assert.match(check, /Quoted headline words found nowhere in the body: a disgrace/);
  });

  test('a file that cannot be read is reported on the ingest page with its name', async () => {
    const file = join(e.dir, 'broken.jsonl');
    writeFileSync(file, '{"title": "no text field"}\n{not json\n');
    await e.page.goto(`${e.url}ingest`);
    await e.page.getByLabel('Choose files').setInputFiles(file);
    const job = e.page.locator('li.job').first();
    await job.filter({ hasText: /done|failed/ }).waitFor();
    assert.match(await job.locator('.problems').innerText(), /broken\.jsonl#line=\d+: /);
  });

  test('axe finds no serious or critical accessibility violations on any view', async () => {
    const [first] = (await (await e.page.request.get(`${e.url}api/articles?q=minister&limit=1`)).json() as { items: Array<{ id: string }> }).items;
    const [quote] = (await (await e.page.request.get(`${e.url}api/quotes?limit=1`)).json() as { items: Array<{ id: string; article: string }> }).items;
    const [headline] = (await (await e.page.request.get(`${e.url}api/headlines?verdict=quoted&limit=1`)).json() as { items: Array<{ article: string }> }).items;
    for (const path of ['', 'search?q=minister', `articles/${first!.id}`, `articles/${headline!.article}`, `articles/${quote!.article}?mark=q:${quote!.id}`, 'speakers/Donald%20Trump?kind=person', 'ingest']) {
      await e.page.goto(`${e.url}${path}`);
      await e.page.locator('main h1').waitFor();
      await e.page.waitForLoadState('networkidle');
      const serious = (await axeViolations(e.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(serious, [], `/${path}: ${JSON.stringify(serious)}`);
    }
  });

  test('no view breaks its Content-Security-Policy or logs an error', () => {
    const bad = e.logs.filter((l) => !/status of 404/.test(l) || /Content Security Policy/i.test(l));
    assert.deepEqual(bad, []);
  });
});
