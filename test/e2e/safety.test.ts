import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { skipReason } from './browser.js';
import { HOSTILE_DIR, startE2e, type E2e } from './setup.js';

const skip = skipReason();
if (skip) console.log(`# SKIP browser safety tests: ${skip}`);

/** What would show that something in the untrusted text ran or became markup. */
async function assertInert(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    scripts: [...document.scripts].map((s) => s.src || 'inline'),
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
    badLinks: [...document.querySelectorAll('[href],[src],[action]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '').filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
    foreign: [...document.querySelectorAll('main img, main iframe, main svg, main object, main embed, main style, main script, main b, main meta')].map((el) => el.tagName),
  }));
  assert.equal(found.pwned, null, `${where}: a script from the input ran (${String(found.pwned)})`);
  assert.deepEqual(found.scripts.filter((s) => !/\/assets\/index-[\w-]+\.js$/.test(s)), [], `${where}: only the app's own script is on the page`);
  assert.deepEqual(found.handlers, [], `${where}: no event-handler attributes`);
  assert.deepEqual(found.badLinks, [], `${where}: no javascript:/data: links`);
  assert.deepEqual(found.foreign, [], `${where}: no elements from the input's markup`);
}

describe('untrusted text is shown as text and nothing in it runs', { skip: skip ?? false }, () => {
  let e: E2e;
  const dialogs: string[] = [];
  before(async () => {
    e = await startE2e([HOSTILE_DIR]);
    e.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  });
  after(async () => { await e?.close(); });

  test('every hostile article opens in the reader, every mark opens its evidence, and nothing runs', async () => {
    const { items } = await (await e.page.request.get(`${e.url}api/articles?limit=50`)).json() as { items: Array<{ id: string; title: string | null }> };
    assert.ok(items.length >= 3, `hostile articles stored: ${items.length}`);
    for (const a of items) {
      await e.page.goto(`${e.url}articles/${a.id}`);
      await e.page.locator('main h1').waitFor();
      for (const mark of await e.page.locator('.article-text [role="button"]').all()) {
        await mark.click();
        await mark.hover();
      }
      for (const fold of await e.page.locator('details.fold summary').all()) await fold.click();
      await assertInert(e.page, `/articles/${a.id}`);
      if (a.title) assert.equal(await e.page.locator('main h1').innerText(), a.title.trim(), 'the title is shown exactly as text');
    }
  });

  test('markup in the text is visible as characters', async () => {
    const { items } = await (await e.page.request.get(`${e.url}api/articles?q=harbour&limit=5`)).json() as { items: Array<{ id: string }> };
    await e.page.goto(`${e.url}articles/${items[0]!.id}`);
    const text = await e.page.locator('.article-text').innerText();
    assert.match(text, /<b onmouseover=window.__pwned=1>bold<\/b>/);
    assert.match(text, /\u202Ereversed\u202C/, 'bidi controls are kept as characters');
  });

  test('search results, snippets, speaker pages and the overview stay inert', async () => {
    for (const path of ['', 'search?q=script', 'search?q=pwned&speaker=Ines', 'search?speaker=%3Cimg', 'speakers/Lena%20Sorensen']) {
      await e.page.goto(`${e.url}${path}`);
      await e.page.locator('main h1').waitFor();
      await e.page.waitForLoadState('networkidle');
      await assertInert(e.page, `/${path}`);
    }
  });

  test('copies views and the side-by-side diff show hostile text, its differences too, as characters', async () => {
    const { items } = await (await e.page.request.get(`${e.url}api/copies`)).json() as { items: Array<{ id: string; members: Array<{ article: string }> }> };
    assert.ok(items.length >= 1, 'the hostile copies form a cluster');
    await e.page.goto(`${e.url}copies`);
    await e.page.locator('section.cluster').first().waitFor();
    await assertInert(e.page, '/copies');
    for (const c of items) {
      await e.page.goto(`${e.url}copies/${c.id}`);
      await e.page.locator('table.side-by-side').waitFor();
      for (const fold of await e.page.locator('details.outside summary').all()) await fold.click();
      await assertInert(e.page, `/copies/${c.id}`);
      for (const m of c.members) {
        const { paragraphs } = await (await e.page.request.get(`${e.url}api/articles/${m.article}/copies`)).json() as { paragraphs: Array<{ start: number; end: number }> };
        await e.page.goto(`${e.url}articles/${m.article}?mark=cp:${paragraphs[0]!.start}-${paragraphs[0]!.end}`);
        await e.page.locator('aside.evidence').getByRole('heading', { name: 'Paragraph copied elsewhere' }).waitFor();
        await assertInert(e.page, `/articles/${m.article} (copies)`);
      }
    }
    const changed = await e.page.request.get(`${e.url}api/copies`).then((r) => r.json()) as { items: Array<{ id: string; pairsList: Array<{ quoteEdits: number }> }> };
    const hostile = changed.items.find((c) => c.pairsList.some((p) => p.quoteEdits > 0))!;
    await e.page.goto(`${e.url}copies/${hostile.id}`);
    assert.match(await e.page.locator('table.side-by-side ins.in-quote').first().innerText(), /iframe src=javascript:window\.__pwned=25><\/iframe> soon/);
    assert.match(await e.page.locator('table.side-by-side').innerText(), /<style>body\{display:none\}<\/style> Saturday/);
    assert.match(await e.page.locator('table.side-by-side thead').innerText(), /Valley <i>Post<\/i>/);
    await assertInert(e.page, `/copies/${hostile.id} (diff)`);
  });

  test('an upload whose file name is markup is listed as text', async () => {
    const file = join(e.dir, '<img src=x onerror=window.__pwned=9>.txt');
    writeFileSync(file, '');
    await e.page.goto(`${e.url}ingest`);
    await e.page.getByLabel('Choose files').setInputFiles(file);
    await e.page.locator('li.job .problems').waitFor();
    assert.match(await e.page.locator('li.job .problems').innerText(), /<img src=x onerror=window.__pwned=9>\.txt: empty file/);
    await assertInert(e.page, '/ingest');
  });

  test('no dialog opened and the page logged no error', () => {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(e.logs.filter((l) => !/status of 404/.test(l)), []);
  });

  test('the check itself catches markup that became elements (a control)', async () => {
    await e.page.goto(`${e.url}search`);
    await e.page.locator('main h1').waitFor();
    await e.page.evaluate(() => { const d = document.createElement('div'); d.innerHTML = '<img src="x" onerror="1">'; document.querySelector('main')!.append(d); });
    await assert.rejects(assertInert(e.page, 'control'), /event-handler|elements from the input/);
    await e.page.waitForTimeout(200);
    assert.ok(e.logs.some((l) => /Content Security Policy/i.test(l)), `the CSP refused the inline handler: ${e.logs.join(' | ')}`);
  });
});
