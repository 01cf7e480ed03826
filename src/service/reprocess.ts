import type { Document } from '../core/document.js';
import { runPipeline } from '../core/pipeline.js';
import type { Stage, StageContext } from '../core/stage.js';
import { silentContext } from '../core/stage.js';
import type { Store } from '../store/store.js';

export interface ReprocessSummary {
  readonly documents: number;
  readonly seconds: number;
}

/** Messages a reader left (`ingest.*`) describe the input and stay; stage messages are made anew. */
function readerOnly(doc: Document): Document {
  return { ...doc, layers: {}, messages: doc.messages.filter((m) => m.source.startsWith('ingest')) };
}

/**
 * Runs the pipeline again over every stored document, so a store made by an older presstrail
 * gets the layers of newer stages. Each document is replaced in its own transaction; the text,
 * and so every offset, never changes.
 */
export async function reprocessStore(store: Store, stages: readonly Stage[], options: { onProgress?: (done: number) => void; ctx?: StageContext } = {}): Promise<ReprocessSummary> {
  const started = process.hrtime.bigint();
  let done = 0;
  for await (const doc of store.documents()) {
    await store.replaceDocument(runPipeline(stages, readerOnly(doc), options.ctx ?? silentContext));
    done++;
    options.onProgress?.(done);
  }
  return { documents: done, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
