import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { defaultPipeline } from '../src/default-pipeline.js';
import { ingestFiles } from '../src/service/ingest-files.js';
import { MemoryStore } from '../src/store/memory/memory-store.js';
import type { Store } from '../src/store/store.js';
import { createServer } from '../src/server/create-server.js';
import type { ServerOptions } from '../src/server/server-options.js';

/** Two short articles written for these tests, run through the real pipeline. */
export const ARTICLES: Record<string, string> = {
  'budget.txt': 'Council delays the budget vote\n\nTuesday, March 5, 2019\n\nThe town council postponed its budget vote on Tuesday. "The numbers do not add up," said councillor Mara Lindqvist. She asked for another week.\n\nMayor Tomas Berg said the delay was regrettable.\n',
  'ferry.txt': 'Harbour ferry returns after the storm\n\nMonday, March 4, 2019\n\nThe harbour ferry ran again on Monday. "We are glad to be back on the water," said captain Ruth Okafor.\n',
};

export async function sampleStore(files: Record<string, string> = ARTICLES): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'presstrail-server-test-'));
  const store = new MemoryStore();
  const inputs = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return { path, size: Buffer.byteLength(text) };
  });
  await ingestFiles(store, inputs, { stages: defaultPipeline });
  rmSync(dir, { recursive: true, force: true });
  return store;
}

export const LOCAL = { host: '127.0.0.1:4317' } as const;

export async function testServer(store: Store, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return createServer(store, { host: '127.0.0.1', token: null, webRoot: null, stages: defaultPipeline, ...options });
}

/** A multipart/form-data body with one "files" part per file. */
export function multipart(files: Record<string, string | Buffer>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----presstrail-test-boundary';
  const parts = Object.entries(files).map(([name, body]) => Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from('\r\n'),
  ]));
  return { payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), headers: { ...LOCAL, 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
