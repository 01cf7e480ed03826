/**
 * What the corrected-quotes view costs on SQLite: quote reads through the store (which apply
 * corrections) beside the same reads on the bare quotes table, in the same process, with no
 * corrections and with `--corrections N`. Synthetic store (no corpus needed): `--docs N` documents
 * of 8 quotes each. Best of 5 passes, since other work on a shared machine only slows one down.
 *
 *   npx tsx bench/corrections/run.ts [--docs 5000] [--corrections 500]
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeDocument } from '../../src/store/contract/fixtures.js';
import { withQuotes } from '../../src/store/contract/quotes-contract.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '5000' }, corrections: { type: 'string', default: '500' } } });
const DOCS = Number(values.docs);
const CORRECTIONS = Number(values.corrections);

function doc(i: number) {
  const lines = Array.from({ length: 8 }, (_, k) => `"Line ${k} of story ${i} is here," said Person ${(i * 8 + k) % 200}.`);
  const d = makeDocument(`bench-${i}`, [{ title: `Story ${i}`, body: lines.join(' '), date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-01`, outlet: `Outlet ${i % 7}` }]);
  return withQuotes(d, lines.map((l, k) => ({ words: l.slice(0, l.indexOf(',"') + 2), speaker: `Person ${(i * 8 + k) % 200}` })));
}

function best(run: () => unknown, reps = 5): number {
  let ms = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    run();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return ms;
}

async function bestAsync(run: () => Promise<unknown>, reps = 5): Promise<number> {
  let ms = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    await run();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return ms;
}

const BARE = {
  list: `SELECT q.id, q.speaker_name FROM quotes q JOIN documents d ON d.seq = q.document_seq ORDER BY q.date IS NULL, q.date, q.document_seq, q.ordinal LIMIT 50 OFFSET 1000`,
  count: 'SELECT count(*) FROM quotes q',
  speakers: `SELECT min(speaker_name), speaker_kind, count(*) AS n FROM quotes q WHERE speaker_key IS NOT NULL GROUP BY speaker_key, speaker_kind ORDER BY n DESC LIMIT 20`,
};

const dir = mkdtempSync(join(tmpdir(), 'pt-bench-corrections-'));
const path = join(dir, 'b.db');
const store = SqliteStore.open(path);
for (let i = 0; i < DOCS; i += 500) await store.putDocuments(Array.from({ length: Math.min(500, DOCS - i) }, (_, k) => doc(i + k)));
const bare = new Database(path, { readonly: true });

async function row(label: string): Promise<void> {
  const figures = [
    ['list 50', best(() => bare.prepare(BARE.list).all()), await bestAsync(() => store.listQuotes({ limit: 50, offset: 1000 }))],
    ['count', best(() => bare.prepare(BARE.count).get()), await bestAsync(() => store.countQuotes())],
    ['speakers', best(() => bare.prepare(BARE.speakers).all()), await bestAsync(() => store.listSpeakers({ limit: 20 }))],
  ] as const;
  for (const [what, b, s] of figures) console.log(`${label.padEnd(18)} ${what.padEnd(9)} bare ${b.toFixed(1).padStart(7)} ms   corrected view ${s.toFixed(1).padStart(7)} ms   x${(s / b).toFixed(2)}`);
}

console.log(`${DOCS} documents, ${DOCS * 8} quotes`);
await row('0 corrections');
const ids = (await store.listQuotes({ limit: CORRECTIONS })).map((q) => q.id);
for (const [n, id] of ids.entries()) {
  await store.addCorrection(n % 2 === 0 ? { kind: 'quote.reject', target: id, value: {} } : { kind: 'quote.speaker', target: id, value: { name: 'Someone Else', kind: 'person' } });
}
await row(`${ids.length} corrections`);
bare.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
