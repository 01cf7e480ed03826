/**
 * What the headlines stage adds to ingest: over the Wikinews records (title over text), the time
 * of sentences + quotes (the baseline, in the same process) and of the headlines stage alone,
 * best of three passes.
 */
import { performance } from 'node:perf_hooks';
import { silentContext } from '../../src/core/stage.js';
import { headlinesStage } from '../../src/stages/headlines/index.js';
import { headlineDocument } from '../../src/stages/headlines/testing.js';
import { readRecords } from './pairs.js';
import { WIKINEWS } from './false-alarms.js';

export function measureSpeed(corpora: string): { articles: number; baselineMs: number; headlinesMs: number } {
  const records = readRecords(corpora, WIKINEWS);
  let baselineMs = Infinity;
  let headlinesMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    const docs = records.map((r) => headlineDocument(r.title ?? '', r.text));
    const t1 = performance.now();
    for (const d of docs) headlinesStage.run(d, silentContext);
    const t2 = performance.now();
    // headlineDocument runs sentences, quotes and headlines: the baseline is that minus the headlines pass
    baselineMs = Math.min(baselineMs, t1 - t0 - (t2 - t1));
    headlinesMs = Math.min(headlinesMs, t2 - t1);
  }
  return { articles: records.length, baselineMs, headlinesMs };
}
