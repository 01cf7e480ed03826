import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ecbPairs } from './ecb.js';
import { evaluate } from './evaluate.js';
import { prf } from './score.js';

/** The corpora beside the checkout, or where PRESSTRAIL_CORPORA points (a worktree has no ../shared). */
const CORPORA = process.env.PRESSTRAIL_CORPORA ?? new URL('../../../shared/corpora/', import.meta.url).pathname;
const absent = (p: string) => (existsSync(join(CORPORA, p)) ? false : `corpus absent at ${join(CORPORA, p)}: gate skipped`);

/** Floors a little under the figures in bench/RESULTS.md (3,000 real articles, 350 copies); raise them when detection improves. */
const FLOORS = { kept70P: 0.97, kept70R: 0.97, paragraphP: 0.98, paragraphR: 0.92 };

test('copy detection on real articles with synthetic copies stays above its floors', { skip: absent('scale-senate-press-releases/articles.jsonl.gz') }, async () => {
  const e = await evaluate(CORPORA, { base: 3000, copies: 350, seed: 7, db: join(tmpdir(), `copies-gate-${process.pid}.db`) });
  const k = prf(e.scored.kept70), p = prf(e.scored.paragraph);
  assert.ok(k.P >= FLOORS.kept70P, `article precision (kept ≥ 70 %) ${k.P.toFixed(3)} < ${FLOORS.kept70P}`);
  assert.ok(k.R >= FLOORS.kept70R, `article recall (kept ≥ 70 %) ${k.R.toFixed(3)} < ${FLOORS.kept70R}`);
  assert.ok(p.P >= FLOORS.paragraphP, `paragraph precision ${p.P.toFixed(3)} < ${FLOORS.paragraphP}`);
  assert.ok(p.R >= FLOORS.paragraphR, `paragraph recall ${p.R.toFixed(3)} < ${FLOORS.paragraphR}`);
});

test('ECB+ same-event articles from different events are never copies', { skip: absent('dupes-ecbplus/articles.jsonl') }, async () => {
  const r = await ecbPairs(join(CORPORA, 'dupes-ecbplus/articles.jsonl'));
  assert.equal(r.crossEvent, 0, r.detail.join('\n'));
});
