import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withLayer } from '../core/document.js';
import { writeDump } from '../export/write-dump.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import { makeDocument } from '../store/contract/fixtures.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { cli, tempDir } from '../../test/cli-helpers.js';
import { folderOfReports, skip, withDatabase } from '../../test/queue-helpers.js';
import { importDumps, type ImportProblem } from './import-dump.js';

async function dumpOf(store: Store): Promise<string> {
  let text = '';
  await writeDump(store, 'presstrail test', (chunk) => { text += chunk; });
  return text;
}

async function filledStore(): Promise<MemoryStore> {
  const store = new MemoryStore();
  const docs = ['alpha', 'beta', 'gamma'].map((seed) => makeDocument(seed, [{ title: `Report ${seed}`, body: `The ${seed} body, with "a quote," she said.`, date: '2024-05-01', outlet: 'Wire' }]));
  await store.putDocuments(docs);
  await store.putSource({ sha256: docs[0]!.origin.sha256, uri: 'in/alpha.html', mediaType: 'text/html', byteLength: 99, documents: [docs[0]!.id] });
  await store.putSource({ sha256: 'f'.repeat(64), uri: 'in/both.jsonl', mediaType: 'application/x-ndjson', byteLength: 12, documents: [docs[1]!.id, docs[2]!.id] });
  await addCorrections(store, docs[0]!.id);
  return store;
}

/** An undone speaker change and an active reject, anchored to characters of `document`. */
async function addCorrections(store: Store, document: string): Promise<void> {
  const anchor = { document, start: 0, end: 6 };
  await store.addCorrection({ kind: 'quote.speaker', target: 'q_old', anchor, value: { name: 'Ana Costa', kind: 'person' }, note: 'from the tape' });
  await store.addCorrection({ kind: 'quote.reject', target: 'q_old', anchor, value: {}, author: 'desk' });
  await store.undoCorrection('c_1');
}

function file(text: string | Buffer, name = 'store.dump'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

test('a dump imported into an empty store dumps the same, and importing it again adds nothing', async () => {
  const dump = await dumpOf(await filledStore());
  const target = new MemoryStore();
  const problems: ImportProblem[] = [];
  const first = await importDumps(target, [file(dump)], { onProblem: (p) => problems.push(p) });
  assert.deepEqual(problems, []);
  assert.deepEqual([first.documentsAdded, first.sourcesAdded, first.correctionsAdded, first.problems], [3, 2, 2, 0]);
  assert.deepEqual((await target.listCorrections({ includeUndone: true })).map((c) => [c.id, c.undoneAt !== null, c.anchor?.document]),
    [['c_1', true, JSON.parse(dump.split('\n')[1]!).document.id], ['c_2', false, JSON.parse(dump.split('\n')[1]!).document.id]]);
  assert.equal(await dumpOf(target), dump);
  const again = await importDumps(target, [file(dump)], { onProblem: (p) => assert.fail(p.reason) });
  assert.deepEqual([again.documentsAdded, again.documentsExisting, again.sourcesAdded, again.sourcesExisting, again.correctionsExisting], [0, 3, 0, 2, 2]);
  assert.equal(await dumpOf(target), dump);
});

test('a gzip dump is read the same as a plain one, in batches smaller than the dump', async () => {
  const dump = await dumpOf(await filledStore());
  const target = new MemoryStore();
  const summary = await importDumps(target, [file(gzipSync(dump), 'store.dump.gz')], { onProblem: (p) => assert.fail(p.reason), batch: 2 });
  assert.equal(summary.documentsAdded, 3);
  assert.equal(await dumpOf(target), dump);
});

test('bad lines are reported one each, by file and line, and the good lines around them are stored', async () => {
  const [header, doc1, doc2, doc3, ...sources] = (await dumpOf(await filledStore())).trimEnd().split('\n');
  const wrongId = JSON.stringify({ type: 'document', document: { ...JSON.parse(doc2!).document, id: 'd_000000000000000000000000' } });
  const original = JSON.parse(doc3!).document;
  const longSpan = JSON.stringify({ type: 'document', document: withLayer(original, 'quotes', [{ start: 2, end: original.text.length + 1, by: 'quotes.v1', rule: 't' }]) });
  const orphan = JSON.stringify({ type: 'source', sha256: 'e'.repeat(64), uri: 'in/lost.txt', mediaType: 'text/plain', byteLength: 3, documents: ['d_eeeeeeeeeeeeeeeeeeeeeeee'] });
  const lines = [header, doc1, '{"type":"document"', wrongId, longSpan, '', '[1,2]', JSON.stringify({ type: 'cluster', id: 'k_1' }), orphan, sources[0]];
  const path = file(lines.join('\n') + '\n');
  const problems: ImportProblem[] = [];
  const target = new MemoryStore();
  const summary = await importDumps(target, [path], { onProblem: (p) => problems.push(p) });
  assert.match(problems[0]!.reason, /^invalid JSON: /);
  assert.deepEqual(problems.map((p) => `${p.where.slice(path.length)} ${p.reason.startsWith('invalid JSON') ? 'invalid JSON' : p.reason}`), [
    ':3 invalid JSON',
    `:4 document id "d_000000000000000000000000" is not ${JSON.parse(doc2!).document.id}, the id its sha256 gives`,
    `:5 span outside the document text: ${original.id} quotes[0] [2, ${original.text.length + 1}) of ${original.text.length}`,
    ':7 not a record: expected a JSON object with a "type"',
    `:9 source in/lost.txt lists document d_eeeeeeeeeeeeeeeeeeeeeeee, which is neither earlier in the dump nor in the store`,
  ]);
  assert.deepEqual([summary.documentsAdded, summary.sourcesAdded, summary.skipped, summary.problems], [1, 1, 1, 5]);
  assert.equal(await target.hasDocument(JSON.parse(doc1!).document.id), true);
});

test("a correction whose id the store already uses for another one is reported, not merged", async () => {
  const dump = await dumpOf(await filledStore());
  const target = new MemoryStore();
  await target.addCorrection({ kind: 'entity.rename', target: 'e_1', value: { name: 'Acme' } });
  const problems: ImportProblem[] = [];
  const summary = await importDumps(target, [file(dump)], { onProblem: (p) => problems.push(p) });
  assert.deepEqual(problems.map((p) => p.reason), [
    "correction c_1 differs from the store's own c_1: not imported (corrections move into a store that has none of its own, or the same ones)",
  ]);
  assert.equal(summary.correctionsAdded, 1);
  assert.deepEqual((await target.listCorrections({ includeUndone: true })).map((c) => c.kind), ['entity.rename', 'quote.reject']);
});

test('a file that is no dump is refused at its first line, and the next file is still read', async () => {
  const dump = await dumpOf(await filledStore());
  const problems: ImportProblem[] = [];
  const notDump = file('{"type":"document","id":"d_1"}\n');
  const summary = await importDumps(new MemoryStore(), [notDump, file(''), join(tempDir(), 'missing.dump'), file(dump)], { onProblem: (p) => problems.push(p) });
  assert.equal(problems.length, 3);
  assert.match(problems[0]!.where + ' ' + problems[0]!.reason, /:1 not a presstrail dump: its first line is no dump header/);
  assert.match(problems[1]!.reason, /^empty: no dump header$/);
  assert.match(problems[2]!.reason, /^cannot be read: ENOENT/);
  assert.equal(summary.documentsAdded, 3);
});

test('SQLite to PostgreSQL to SQLite through export --format dump and import: the same dump and the same sorted export', { skip, timeout: 60_000 }, async () => {
  await withDatabase(async (url) => {
    const dir = tempDir();
    const first = join(dir, 'first.db');
    assert.equal((await cli('ingest', folderOfReports(12), '--db', first, '-q')).code, 0);
    const sqlite = await openStore(first);
    const [someDocument] = await sqlite.listArticles({ limit: 1 });
    await addCorrections(sqlite, someDocument!.document);
    const corrections = await sqlite.listCorrections({ includeUndone: true });
    await sqlite.close();
    const dump = (await cli('export', '--format', 'dump', '--db', first)).out;
    const imported = await cli('import', file(dump), '--db', url);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.err, /12 documents added, 0 already stored; 12 sources added, 0 already stored; 2 corrections added/);
    assert.match((await cli('import', file(dump), '--db', url)).err, /0 documents added, 12 already stored; 0 sources added, 12 already stored/);
    const fromPostgres = (await cli('export', '--format', 'dump', '--db', url)).out;
    assert.equal(fromPostgres, dump);
    const back = join(dir, 'back.db');
    assert.equal((await cli('import', file(fromPostgres), '--db', back, '-q')).code, 0);
    assert.equal((await cli('export', '--format', 'dump', '--db', back)).out, dump);
    const sorted = async (db: string) => (await cli('export', '--db', db)).out.split('\n').sort();
    assert.deepEqual(await sorted(back), await sorted(first));
    assert.deepEqual(await sorted(url), await sorted(first));
    const moved = await openStore(back);
    assert.deepEqual(await moved.listCorrections({ includeUndone: true }), corrections);
    await moved.close();
    // The sources came along: ingesting the same folder into the moved store finds every file done.
    assert.match((await cli('ingest', dir, '--db', back)).err, /0 documents added/);
  });
});

test('import exits 3 when a line was bad, and names the line', async () => {
  const path = file(`${JSON.stringify({ type: 'header', format: 'presstrail-dump', version: 1, generator: 'x' })}\nnot json\n`);
  const run = await cli('import', path, '--db', join(tempDir(), 'x.db'));
  assert.equal(run.code, 3);
  assert.match(run.err, new RegExp(`error: ${path}:2: invalid JSON`));
});
