import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { defaultPipeline } from '../default-pipeline.js';
import { exportStore } from '../export/export-store.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import type { Store } from '../store/store.js';
import { ingestFiles } from './ingest-files.js';
import { listInputs } from './list-inputs.js';
import { reprocessStore } from './reprocess.js';

const SAMPLE = fileURLToPath(new URL('../../sample/corpus/', import.meta.url));

async function exported(store: Store): Promise<string> {
  let out = '';
  await exportStore(store, { format: 'jsonl', text: true, generator: 'test' }, (c) => { out += c; });
  return out;
}

test('reprocessing a store made with fewer stages gives the store a fresh ingest makes', async () => {
  const files = listInputs([SAMPLE]).files;
  const old = new MemoryStore();
  await ingestFiles(old, files, { stages: [] });
  assert.equal(await old.countArticles(), 0);
  const summary = await reprocessStore(old, defaultPipeline);
  const fresh = new MemoryStore();
  await ingestFiles(fresh, files, { stages: defaultPipeline });
  assert.equal(summary.documents, (await fresh.stats()).documents);
  assert.equal(await exported(old), await exported(fresh));
  assert.ok((await old.countArticles()) > 50);
});

test('reprocessing twice changes nothing', async () => {
  const store = new MemoryStore();
  await ingestFiles(store, listInputs([SAMPLE]).files, { stages: defaultPipeline });
  const before = await exported(store);
  await reprocessStore(store, defaultPipeline);
  assert.equal(await exported(store), before);
});
