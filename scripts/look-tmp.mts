import { launchBrowser, startServe } from '../test/e2e/browser.js';
const server = await startServe('/tmp/uicopies.db');
const b = await launchBrowser();
const page = await b.context.newPage();
const logs: string[] = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('response', (r) => { if (r.status() >= 400) logs.push('HTTP ' + r.status() + ' ' + r.url()); });
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
const paths = process.argv.slice(2);
let i = 0;
for (const p of paths) {
  await page.goto(server.url + p);
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/x/look${i++}.png`, fullPage: true });
  console.log(p, await page.title());
}
console.log(logs.join('\n'));
await b.close(); await server.stop();
