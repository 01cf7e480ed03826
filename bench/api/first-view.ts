/**
 * First view: how long each view of the UI takes to show its content on the sample corpus, in
 * headless Chromium against `presstrail serve`, from navigation start to the view's heading
 * (data fetched and drawn). Each load is a fresh page with an empty cache.
 * Usage: npm run build && npx tsx bench/api/first-view.ts [--runs 5]
 */
import { cpus, loadavg } from 'node:os';
import { skipReason } from '../../test/e2e/browser.js';
import { startE2e } from '../../test/e2e/setup.js';

const reason = skipReason();
if (reason) { console.error(reason); process.exit(2); }
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 5) || 5;
const e = await startE2e();
const [article] = (await (await e.page.request.get(`${e.url}api/articles?q=minister&limit=1`)).json() as { items: Array<{ id: string }> }).items;
const views: Array<[string, string, string]> = [
  ['overview', '', 'figure.chart canvas'],
  ['search', 'search?q=minister', 'ol.results li'],
  ['reader', `articles/${article!.id}`, '.article-text'],
  ['speaker', 'speakers/Donald%20Trump?kind=person', 'ol.results li'],
  ['ingest', 'ingest', '.drop-zone'],
  ['people', 'entities', 'table.entities tbody tr'],
  ['entity', `entities/${(await (await e.page.request.get(`${e.url}api/entities?kind=person&limit=1`)).json() as { items: Array<{ id: string }> }).items[0]!.id}`, 'section.entity figure.chart canvas'],
  ['timeline', 'timeline', 'li.tl-item'],
];
console.log(`| view | median ms | max ms | (${runs} cold loads each; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}) |`);
console.log('|---|---|---|---|');
try {
  for (const [name, path, ready] of views) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await e.page.context().newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.goto(`${e.url}${path}`, { waitUntil: 'commit' });
      await page.locator(ready).first().waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${times[Math.floor(times.length / 2)]!.toFixed(0)} | ${times[times.length - 1]!.toFixed(0)} | |`);
  }
} finally {
  await e.close();
}
