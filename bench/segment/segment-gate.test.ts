import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { loadRecords } from './dump-builder.js';
import { scoreSegmentation } from './score-segmentation.js';

const CORPORA = new URL('../../../shared/corpora/', import.meta.url).pathname;

/** Floors a little under the figures in bench/RESULTS.md; raise them when the stage improves. */
const GATES = [
  { corpus: 'demo-wikinews/articles.jsonl', bare: 0, boundaryF1: 0.98, titleF1: 0.98 },
  { corpus: 'scale-reuters21578/articles.jsonl.gz', bare: 0.25, boundaryF1: 0.94, titleF1: 0.94 },
];

for (const gate of GATES) {
  const path = CORPORA + gate.corpus;
  test(`segmentation of dumps built from ${gate.corpus} (bare ${gate.bare}) stays above its floor`, { skip: existsSync(path) ? false : `corpus absent at ${path}: gate skipped` }, () => {
    const s = scoreSegmentation(loadRecords(path), { dumps: 100, seed: 7, bare: gate.bare });
    assert.ok(s.boundary.f1 >= gate.boundaryF1, `boundary F1 ${s.boundary.f1.toFixed(3)} < ${gate.boundaryF1}\n${s.misses.join('\n')}`);
    assert.ok(s.title.f1 >= gate.titleF1, `title F1 ${s.title.f1.toFixed(3)} < ${gate.titleF1}\n${s.misses.join('\n')}`);
  });
}
