import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GGT, loadGold, POLNEAR, predict } from './predict.js';
import { score } from './score.js';

/** The shared folder: $PRESSTRAIL_SHARED, else ../shared beside the repository, else /work/shared (a worktree's checkout). */
const SHARED = [process.env.PRESSTRAIL_SHARED, new URL('../../../shared/', import.meta.url).pathname, '/work/shared/']
  .filter((p): p is string => !!p).map((p) => (p.endsWith('/') ? p : `${p}/`)).find((p) => existsSync(`${p}corpora/quotes`)) ?? new URL('../../../shared/', import.meta.url).pathname;
const CORPORA = `${SHARED}corpora/`;
const SCORER = `${SHARED}tools/quotes/score_quotes.mjs`;

/** Floors a little under the figures in bench/quotes/README.md; raise them when the stage improves (never lower without an argument). */
const GATES = [
  { corpus: 'quotes/ggt-eval/gold.jsonl', split: undefined, convention: GGT, kinds: undefined, f1At03: 0.88, f1At08: 0.875, speakerAcc: 0.93, nameStrict: 0.73 },
  { corpus: 'quotes/ggt-eval/gold.jsonl', split: undefined, convention: GGT, kinds: 'direct', f1At03: 0.95, f1At08: 0.95, speakerAcc: 0.955, nameStrict: 0.77 },
  { corpus: 'quotes/polnear/gold.jsonl', split: 'test', convention: POLNEAR, kinds: undefined, f1At03: 0.615, f1At08: 0.575, speakerAcc: 0.88 },
];

for (const gate of GATES) {
  const path = CORPORA + gate.corpus;
  const name = `${gate.corpus}${gate.split ? ` (${gate.split})` : ''}${gate.kinds ? ` ${gate.kinds} quotes` : ''}`;
  const absent = !existsSync(path) || !existsSync(SCORER) ? `corpus or scorer absent at ${path}: gate skipped` : false;
  test(`quote extraction on ${name} stays above its floors`, { skip: absent }, () => {
    const lines = predict(loadGold(path, gate.split), 'articles', gate.convention);
    const pred = join(mkdtempSync(join(tmpdir(), 'quotes-gate-')), 'pred.jsonl');
    writeFileSync(pred, `${lines.join('\n')}\n`);
    const s = score(SCORER, path, pred, { ...(gate.split ? { split: gate.split } : {}), ...(gate.kinds ? { kinds: gate.kinds } : {}) });
    const at03 = s['ggt@0.3'];
    assert.ok(at03.F1 >= gate.f1At03, `quote F1 @0.3 ${at03.F1.toFixed(3)} < ${gate.f1At03}`);
    assert.ok(s['ggt@0.8'].F1 >= gate.f1At08, `quote F1 @0.8 ${s['ggt@0.8'].F1.toFixed(3)} < ${gate.f1At08}`);
    assert.ok((at03.speakerAcc ?? 0) >= gate.speakerAcc, `speaker accuracy ${(at03.speakerAcc ?? 0).toFixed(3)} < ${gate.speakerAcc}`);
    // GGT gives every quote a canonical speaker name: the display names we resolve must keep agreeing with it
    if ('nameStrict' in gate && gate.nameStrict !== undefined) assert.ok((s.name?.strict ?? 0) >= gate.nameStrict, `speaker name agreement ${(s.name?.strict ?? 0).toFixed(3)} < ${gate.nameStrict}`);
  });
}
