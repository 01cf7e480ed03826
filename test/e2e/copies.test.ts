import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { skipReason } from './browser.js';
import { axeViolations, startE2e, type E2e } from './setup.js';

const skip = skipReason();
if (skip) console.log(`# SKIP browser copies tests: ${skip}`);

interface Cluster { id: string; size: number; title: string; members: Array<{ article: string; title: string; outlet: string; earliest: boolean }>; pairsList: Array<{ a: { article: string }; b: { article: string }; quoteEdits: number; why: { rule: string } }> }

/** End-to-end: the copies views on the sample corpus (its four reprint patterns), in headless Chromium. */
describe('the copies views on the sample corpus', { skip: skip ?? false }, () => {
  let e: E2e;
  let clusters: Cluster[];
  before(async () => {
    e = await startE2e();
    clusters = ((await (await e.page.request.get(`${e.url}api/copies`)).json()) as { items: Cluster[] }).items;
  });
  after(async () => { await e?.close(); });
  const drifted = () => clusters.find((c) => c.pairsList.some((p) => p.quoteEdits > 0))!;

  test('the overview lists the largest copy clusters and one opens side by side', async () => {
    await e.page.goto(e.url);
    const panel = e.page.getByRole('region', { name: 'Largest copy clusters' });
    const rows = panel.locator('tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), clusters.length);
    assert.match(await rows.first().innerText(), new RegExp(`${clusters[0]!.size}`));
    await panel.getByRole('link', { name: clusters[0]!.title }).click();
    await e.page.getByRole('heading', { level: 1, name: /^Side by side: / }).waitFor();
    assert.equal(new URL(e.page.url()).pathname, `/copies/${clusters[0]!.id}`);
  });

  test('the copies view lists clusters largest first, marks the earliest version and says why each direction', async () => {
    await e.page.goto(`${e.url}copies`);
    await e.page.getByRole('heading', { level: 1, name: 'Copies' }).waitFor();
    const sizes = clusters.map((c) => c.size);
    assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
    const sections = e.page.locator('section.cluster');
    assert.equal(await sections.count(), clusters.length);
    assert.match(await sections.first().locator('h2').innerText(), new RegExp(clusters[0]!.title.slice(0, 20)));
    assert.equal(await e.page.locator('tr.earliest .earliest-tag').count(), clusters.length, 'one earliest version a cluster');
    const pairs = await e.page.locator('table.copy-pairs tbody').allInnerTexts();
    assert.ok(pairs.some((t) => /copied .*credit: a line in .* names wikinews/s.test(t)), pairs.join('\n'));
    assert.ok(pairs.some((t) => /date: .* is dated earlier/.test(t)));
    assert.ok(pairs.some((t) => /unknown: .* may be the original/.test(t)), 'the escape-room pair has no credit and one date');
  });

  test('a cluster side by side shows cut and added words, a change inside a quotation, and the back button returns', async () => {
    const c = drifted();
    await e.page.goto(`${e.url}copies`);
    await e.page.locator(`section.cluster a[href="/copies/${c.id}"]`).click();
    await e.page.getByRole('heading', { level: 1, name: /^Side by side: / }).waitFor();
    const table = e.page.locator('table.side-by-side');
    assert.ok(await table.locator('tr.row-changed').count() >= 1);
    assert.ok(await table.locator('td del').count() >= 1, 'cut words on the left');
    assert.ok(await table.locator('td ins').count() >= 1, 'added words on the right');
    assert.match(await table.locator('del.in-quote').first().innerText(), /that this/);
    assert.match(await e.page.getByRole('region', { name: /Changes inside quotations/ }).innerText(), /lost “that this”/);
    assert.match(await e.page.locator('dl.copy-summary').innerText(), /credit: a line in Riverside Courier.*names wikinews \(“first published by Wikinews”\)/);
    await e.page.goBack();
    await e.page.getByRole('heading', { level: 1, name: 'Copies' }).waitFor();
  });

  test('two members are chosen to compare; a reprint block in a longer article shows its span and the rest folded', async () => {
    const c = clusters.find((x) => x.size >= 3)!;
    const roundup = c.members.find((m) => /roundup/i.test(m.title))!;
    const other = c.members.find((m) => m.article !== roundup.article && !m.earliest)!;
    await e.page.goto(`${e.url}copies/${c.id}`);
    await e.page.getByLabel('Left').selectOption(roundup.article);
    await e.page.getByLabel('Right').selectOption(other.article);
    await e.page.getByRole('button', { name: 'Compare' }).click();
    await e.page.waitForFunction((id) => location.search.includes(`a=${id}`), roundup.article);
    await e.page.locator('table.side-by-side thead', { hasText: roundup.outlet }).waitFor();
    const summary = await e.page.locator('dl.copy-summary').innerText();
    assert.match(summary, /Copied block, left\s+characters \d+–\d+ of \d+–\d+ \(\d+% of its words\)/);
    assert.match(summary, /partial|embedded/);
    assert.ok(await e.page.locator('tr.row-outside details.outside').count() >= 1, 'the roundup\'s own paragraphs are folded outside the block');
    await e.page.goBack();
    await e.page.waitForFunction(() => !location.search.includes('a='));
    assert.equal(await e.page.getByLabel('Left').inputValue(), c.members.find((m) => m.earliest)!.article, 'back shows the earlier pair again');
  });

  test('the reader marks copied paragraphs, shows the cluster, and follows "other copies of this paragraph" to the matching span', async () => {
    const c = drifted();
    const copy = c.members.find((m) => !m.earliest)!;
    await e.page.goto(`${e.url}articles/${copy.article}`);
    await e.page.locator('.copy-cluster-line a.cluster-link', { hasText: c.id }).waitFor();
    assert.ok(await e.page.locator('.article-text .m-copy').count() > 0);
    await e.page.getByRole('region', { name: /Copied elsewhere/ }).locator('button.copy-button').nth(3).click();
    const panel = e.page.locator('aside.evidence');
    await panel.getByRole('heading', { name: 'Paragraph copied elsewhere' }).waitFor();
    const paragraph = await panel.locator('blockquote.sentence').innerText();
    assert.match(e.page.url(), /mark=cp%3A\d+-\d+/);
    await panel.getByRole('link', { name: c.members.find((m) => m.earliest)!.title }).click();
    await e.page.waitForFunction((id) => location.pathname.endsWith(id), c.members.find((m) => m.earliest)!.article);
    await panel.getByRole('heading', { name: 'Paragraph copied elsewhere' }).waitFor();
    assert.equal(await panel.locator('blockquote.sentence').innerText(), paragraph, 'the same paragraph, at its span in the other copy');
    assert.ok(await e.page.locator('.article-text .m-copy.selected').count() > 0, 'and it is marked in the text');
    await e.page.goBack();
    await e.page.locator('.copy-cluster-line').waitFor();
    assert.ok(e.page.url().includes(copy.article));
  });

  test('the speaker page counts a reprinted quote once per cluster when asked', async () => {
    await e.page.goto(`${e.url}speakers/Nancy%20Pelosi?kind=person`);
    const heading = e.page.getByRole('heading', { level: 2, name: /^Quotes \(\d+\)$/ });
    const count = async () => Number(/\((\d+)\)/.exec(await heading.innerText())![1]);
    const all = await count();
    await e.page.getByLabel('Count each quote once per copy cluster').check();
    await e.page.waitForFunction(() => location.search.includes('distinct=true'));
    await e.page.getByRole('heading', { level: 2, name: new RegExp(`^Quotes \\((?!${all}\\))\\d+\\)$`) }).waitFor();
    assert.ok(await count() < all, `${await count()} < ${all}`);
    await e.page.goBack();
    await e.page.getByRole('heading', { level: 2, name: `Quotes (${all})` }).waitFor();
  });

  test('axe finds no serious or critical violations on the copies views', async () => {
    const c = drifted();
    const copy = c.members.find((m) => !m.earliest)!;
    const { paragraphs } = await (await e.page.request.get(`${e.url}api/articles/${copy.article}/copies`)).json() as { paragraphs: Array<{ start: number; end: number }> };
    for (const path of ['copies', `copies/${c.id}`, `articles/${copy.article}?mark=cp:${paragraphs[0]!.start}-${paragraphs[0]!.end}`, 'speakers/Nancy%20Pelosi?kind=person&distinct=true', '']) {
      await e.page.goto(`${e.url}${path}`);
      await e.page.locator('main h1').waitFor();
      await e.page.waitForLoadState('networkidle');
      const serious = (await axeViolations(e.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(serious, [], `/${path}: ${JSON.stringify(serious)}`);
    }
  });

  test('no copies view breaks its Content-Security-Policy or logs an error', () => {
    assert.deepEqual(e.logs, []);
  });
});
