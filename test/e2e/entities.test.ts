import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { skipReason } from './browser.js';
import { axeViolations, startE2e, type E2e } from './setup.js';

const skip = skipReason();
if (skip) console.log(`# SKIP entity browser tests: ${skip}`);

interface Listed { id: string; name: string }

/** End-to-end: the entity pages, lists, timeline and entity corrections on the sample corpus. */
describe('the entity views on the sample corpus', { skip: skip ?? false }, () => {
  let e: E2e;
  const entity = async (name: string, kind = 'person'): Promise<Listed> => {
    const { items } = await (await e.page.request.get(`${e.url}api/entities?kind=${kind}&q=${encodeURIComponent(name)}`)).json() as { items: Listed[] };
    const found = items.find((x) => x.name === name);
    assert.ok(found, `no ${kind} ${name}`);
    return found;
  };
  before(async () => { e = await startE2e(); });
  after(async () => { await e?.close(); });

  test('a name underlined in the reader opens its evidence, and its link leads to the entity page with aliases, roles and quotes', async () => {
    await e.page.goto(`${e.url}search?q=${encodeURIComponent('"state of emergency"')}`);
    await e.page.getByRole('link', { name: /President Trump says/ }).click();
    await e.page.getByRole('heading', { level: 1, name: /President Trump says/ }).waitFor();
    await e.page.locator('.article-text .m-entity[role="button"]', { hasText: /^Donald Trump$/ }).first().click();
    const panel = e.page.locator('aside.evidence');
    await panel.getByRole('heading', { name: 'Person: Donald Trump' }).waitFor();
    assert.match(await panel.innerText(), /Found by\s+ner/);
    assert.match(e.page.url(), /mark=ent%3A\d+-\d+/);
    await panel.locator('a.entity-link').click();
    await e.page.getByRole('heading', { level: 1, name: 'Donald Trump' }).waitFor();
    assert.match(new URL(e.page.url()).pathname, /^\/entities\/e_[0-9a-f]{16}$/);
    assert.deepEqual((await e.page.locator('ul.aliases .alias').allInnerTexts()).sort(), ['Donald Trump', 'Trump']);
    assert.match(await e.page.locator('table.roles').innerText(), /President\s+United States/);
    assert.match(await e.page.getByRole('heading', { name: /^Quotes \(\d+\)$/ }).innerText(), /Quotes \([1-9]\d*\)/);
    assert.equal(await e.page.locator('section.entity figure.chart canvas').count(), 1);
    // A mention link opens the reader at that name, with its evidence shown.
    await e.page.locator('a.mention-link').first().click();
    await panel.getByRole('heading', { name: 'Person: Donald Trump' }).waitFor();
    assert.ok(await e.page.locator('.article-text .selected').count() > 0);
    await e.page.goBack();
    await e.page.getByRole('heading', { level: 1, name: 'Donald Trump' }).waitFor();
    await e.page.goBack();
    await e.page.getByRole('heading', { level: 1, name: /President Trump says/ }).waitFor();
  });

  test('a speaker page links to the entity page of the same person', async () => {
    await e.page.goto(`${e.url}speakers/Nancy%20Pelosi?kind=person`);
    await e.page.locator('a.entity-link').click();
    await e.page.getByRole('heading', { level: 1, name: 'Nancy Pelosi' }).waitFor();
    assert.match(await e.page.locator('ul.aliases').innerText(), /Pelosi/);
  });

  test('the people list filters as you type and its tabs list organisations and places', async () => {
    await e.page.goto(`${e.url}entities`);
    await e.page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    assert.ok(await e.page.locator('table.entities tbody tr').count() > 10);
    await e.page.getByLabel('Name contains').fill('pelosi');
    await e.page.waitForFunction(() => location.search.includes('q=pelosi'));
    await e.page.locator('table.entities tbody tr', { hasText: 'Nancy Pelosi' }).waitFor();
    await e.page.waitForFunction(() => document.querySelectorAll('table.entities tbody tr').length === 1);
    await e.page.getByRole('navigation', { name: 'Kinds of entity' }).getByRole('link', { name: 'Organisations' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    assert.match(await e.page.locator('table.entities').innerText(), /Congress/);
  });

  test('the search view\'s entity filter lists the articles that mention it', async () => {
    await e.page.goto(`${e.url}search?entity=${encodeURIComponent('Nancy Pelosi')}`);
    const heading = e.page.getByRole('heading', { name: /^Articles mentioning Nancy Pelosi \(\d+\)$/ });
    await heading.waitFor();
    assert.match(await heading.innerText(), /\(3\)/);
    await e.page.getByLabel('Words').fill('Congress');
    await e.page.waitForFunction(() => location.search.includes('q=Congress'));
    assert.ok(await e.page.locator('section[aria-labelledby="res-articles"] ol.results > li').count() >= 1);
  });

  test('the timeline of an entity filters by date, each entry opens its evidence, and Back returns to the same filter', async () => {
    const trump = await entity('Donald Trump');
    await e.page.goto(`${e.url}timeline?entity=${trump.id}`);
    await e.page.getByRole('heading', { level: 1, name: 'Timeline: Donald Trump' }).waitFor();
    const all = await e.page.locator('li.tl-item').count();
    assert.ok(all > 3);
    await e.page.getByLabel('From').fill('2019-03-01');
    await e.page.getByRole('button', { name: 'Apply' }).click();
    await e.page.waitForFunction(() => location.search.includes('from=2019-03-01'));
    await e.page.waitForFunction((n) => document.querySelectorAll('li.tl-item').length < n, all);
    for (const d of await e.page.locator('li.tl-item .tl-date').allInnerTexts()) assert.ok(d.slice(0, 10) >= '2019-03' || /^\d{4}$/.test(d), d);
    await e.page.locator('li.tl-item').first().getByRole('link', { name: 'evidence in the article' }).click();
    await e.page.locator('aside.evidence h2').filter({ hasText: /^(Quote by|Attributed to|Date:)/ }).waitFor();
    assert.ok(await e.page.locator('.article-text .selected').count() > 0, 'the evidence is marked in the text');
    await e.page.goBack();
    await e.page.getByRole('heading', { level: 1, name: 'Timeline: Donald Trump' }).waitFor();
    assert.equal(await e.page.getByLabel('From').inputValue(), '2019-03-01');
  });

  test('two entities are merged from the entity page, shown as a correction, and the merge undone', async () => {
    const congress = await entity('Congress', 'org');
    const house = await entity('House', 'org');
    await e.page.goto(`${e.url}entities/${congress.id}`);
    await e.page.getByRole('heading', { level: 1, name: 'Congress' }).waitFor();
    await e.page.getByLabel('The same referent as').fill(house.id);
    await e.page.getByLabel('Note (optional, kept with the correction)').fill('the House is a chamber of Congress (test)');
    await e.page.getByRole('button', { name: 'Merge into this entity' }).click();
    const history = e.page.getByRole('list', { name: 'Corrections of this entity' });
    await history.waitFor();
    assert.match(await history.innerText(), /merged “House” into “Congress”/);
    assert.ok((await e.page.locator('ul.aliases .alias').allInnerTexts()).includes('House'));
    const page = await (await e.page.request.get(`${e.url}api/entities?kind=org&q=House`)).json() as { items: Listed[] };
    assert.ok(!page.items.some((x) => x.name === 'House'), 'House is no longer an entity of its own');
    await history.getByRole('button', { name: /^Undo c_/ }).click();
    await history.filter({ hasText: /undone/ }).waitFor();
    assert.ok(!(await e.page.locator('ul.aliases .alias').allInnerTexts()).includes('House'));
    assert.ok(await entity('House', 'org'), 'House is back on its own');
  });

  test('an alias is split off from the entity page into an entity of its own, and the split undone', async () => {
    const eu = await entity('EU', 'org');
    await e.page.goto(`${e.url}entities/${eu.id}`);
    await e.page.getByRole('heading', { level: 1, name: 'EU' }).waitFor();
    await e.page.getByRole('group', { name: 'Names that are someone else' }).getByLabel('European Union').check();
    await e.page.getByRole('button', { name: 'Split off' }).click();
    const history = e.page.getByRole('list', { name: 'Corrections of this entity' });
    await history.filter({ hasText: /split “European Union” off “EU”/ }).waitFor();
    assert.deepEqual(await e.page.locator('ul.aliases .alias').allInnerTexts(), ['EU']);
    assert.ok(await entity('European Union', 'org'), 'the alias is an entity of its own');
    await history.getByRole('button', { name: /^Undo c_/ }).click();
    await history.filter({ hasText: /undone/ }).waitFor();
    assert.deepEqual((await e.page.locator('ul.aliases .alias').allInnerTexts()).sort(), ['EU', 'European Union']);
  });

  test('a name given in a correction is shown as text everywhere, and nothing in it runs', async () => {
    const lena = await entity('Mara Lindqvist').catch(() => entity('Nancy Pelosi'));
    const hostile = '<img src=x onerror=window.__pwned=7>"\u202Eevil';
    const res = await e.page.request.post(`${e.url}api/entities/${lena.id}/rename`, { data: { name: hostile }, headers: { origin: e.url.replace(/\/$/, '') } });
    assert.equal(res.status(), 201, await res.text());
    const { entity: id, correction } = await res.json() as { entity: string; correction: { id: string } };
    for (const path of [`entities/${id}`, `entities?q=${encodeURIComponent('img src')}`, `timeline?entity=${id}`]) {
      await e.page.goto(`${e.url}${path}`);
      await e.page.locator('main h1').waitFor();
      await e.page.waitForLoadState('networkidle');
      const found = await e.page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        foreign: [...document.querySelectorAll('main img, main svg, main script, main iframe')].length,
        handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      }));
      assert.deepEqual(found, { pwned: null, foreign: 0, handlers: 0 }, path);
    }
    await e.page.goto(`${e.url}entities/${id}`);
    assert.equal(await e.page.locator('main h1').innerText(), hostile);
    await e.page.request.post(`${e.url}api/corrections/${correction.id}/undo`, { data: {}, headers: { origin: e.url.replace(/\/$/, '') } });
  });

  test('axe finds no serious or critical accessibility violations on the entity views', async () => {
    const trump = await entity('Donald Trump');
    for (const path of ['entities', 'entities?kind=place', `entities/${trump.id}`, 'timeline', `timeline?entity=${trump.id}&from=2019-01-01`, `search?entity=${trump.id}`]) {
      await e.page.goto(`${e.url}${path}`);
      await e.page.locator('main h1').waitFor();
      await e.page.waitForLoadState('networkidle');
      const serious = (await axeViolations(e.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(serious, [], `/${path}: ${JSON.stringify(serious)}`);
    }
  });

  test('no entity view breaks its Content-Security-Policy or logs an error', () => {
    const bad = e.logs.filter((l) => !/status of 404/.test(l) || /Content Security Policy/i.test(l));
    assert.deepEqual(bad, []);
  });
});
