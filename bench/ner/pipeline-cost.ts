/**
 * `npx tsx bench/ner/pipeline-cost.ts ../shared/corpora [N]`: what the ner stage adds to the
 * per-document pipeline, by CPU time (the shared machine's wall clock measures the neighbours):
 * documents/s over the first N (default 2,000) Reuters-21578 texts for the default pipeline with
 * and without ner, after a warm-up pass (model load and JIT excluded; the load is reported apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runPipeline } from '../../src/core/pipeline.js';
import type { Stage } from '../../src/core/stage.js';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { defaultNerModel } from '../../src/stages/ner/load-model.js';
import { plainDocument } from '../../src/stages/quotes/testing.js';

const corpora = process.argv[2] ?? '../shared/corpora';
const n = Number(process.argv[3] ?? 2000);
const lines = gunzipSync(readFileSync(join(corpora, 'scale-reuters21578/articles.jsonl.gz'))).toString('utf8').split('\n');
const docs = lines.filter(Boolean).slice(0, n).map((l) => {
  const r = JSON.parse(l) as { title: string; text: string };
  return plainDocument(`${r.title}\n\n${r.text}`);
});
const cpu = (work: () => void): number => {
  const t = process.cpuUsage();
  work();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e6;
};
const load = cpu(() => defaultNerModel());
const without = defaultPipeline.filter((s) => s.name !== 'ner');
const run = (p: readonly Stage[]) => () => { for (const d of docs) runPipeline(p, d); };
run(defaultPipeline)();
const best = (p: readonly Stage[]): number => Math.min(cpu(run(p)), cpu(run(p)));
const a = best(without);
const b = best(defaultPipeline);
console.log(`${docs.length} Reuters-21578 texts, by CPU time, best of 2 after a warm-up (model load ${load.toFixed(2)} s CPU, once per process):`);
console.log(`  ${without.map((s) => s.name).join(' → ')}: ${(docs.length / a).toFixed(0)} documents/s`);
console.log(`  ${defaultPipeline.map((s) => s.name).join(' → ')}: ${(docs.length / b).toFixed(0)} documents/s (ner ${((1000 * (b - a)) / docs.length).toFixed(2)} ms a document)`);
