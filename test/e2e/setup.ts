import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT, cli, launchBrowser, startServe, tempDir } from './browser.js';

export const HOSTILE_DIR = join(ROOT, 'test/e2e/hostile');

export interface E2e {
  readonly url: string;
  readonly page: Page;
  /** Console messages and page errors seen so far (CSP violations show up here). */
  readonly logs: string[];
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * A store with the sample corpus (and, when asked, the hostile pages), `presstrail serve` over
 * it, and a headless Chromium page that records every console message and page error.
 */
export async function startE2e(inputs: readonly string[] = [join(ROOT, 'sample/corpus')]): Promise<E2e> {
  const dir = tempDir('presstrail-e2e-');
  const db = join(dir, 'e2e.db');
  const ingest = cli(['ingest', ...inputs, '--db', db, '-q']);
  if (ingest.code !== 0) throw new Error(`ingest failed (${ingest.code}): ${ingest.err}`);
  const server = await startServe(db);
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const logs: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logs.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  return {
    url: server.url, page, logs, dir,
    close: async () => { await browser.close(); await server.stop(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Runs axe-core in the page (through the devtools protocol, which the page's CSP does not govern). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; nodes: number }>> {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}
