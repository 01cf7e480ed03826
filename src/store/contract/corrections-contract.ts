import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewCorrection } from '../../core/correction.js';
import { isPresstrailError } from '../../core/errors.js';
import { makeDocument } from './fixtures.js';
import { corpus, withQuotes } from './quotes-contract.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

const idOf = async (store: Parameters<Parameters<typeof withStore>[1]>[0], text: string) =>
  (await store.listQuotes()).find((q) => q.text === text)!.id;

const code = (expected: string) => (error: unknown) => isPresstrailError(error) && error.code === expected;

export function correctionsContract(open: OpenStore): void {
  test('add, list and undo: ids c_N, anchored to the quote, undone kept under includeUndone', () => withStore(open, async (store) => {
    await corpus(store);
    const target = await idOf(store, '"It is done,"');
    const quote = (await store.listQuotes()).find((q) => q.id === target)!;
    const made = await store.addCorrection({ kind: 'quote.reject', target, value: {}, note: 'a title', author: 'ed' });
    assert.equal(made.id, 'c_1');
    assert.deepEqual(made.anchor, { document: quote.document, start: quote.start, end: quote.end });
    assert.equal(made.undoneAt, null);
    assert.match(made.createdAt, /^\d{4}-\d\d-\d\dT/);
    const second = await store.addCorrection({ kind: 'quote.speaker', target, value: { name: 'Rui  Lopes ', kind: 'person' } });
    assert.equal(second.id, 'c_2');
    assert.deepEqual(second.value, { name: 'Rui Lopes', kind: 'person' });
    assert.deepEqual(await store.listCorrections(), [made, second]);
    assert.deepEqual((await store.listCorrections({ kind: 'quote.speaker' })).map((c) => c.id), ['c_2']);
    assert.deepEqual((await store.listCorrections({ target: 'q_nothing' })), []);
    assert.equal(await store.undoCorrection('c_1'), true);
    assert.equal(await store.undoCorrection('c_1'), false, 'already undone');
    assert.equal(await store.undoCorrection('c_99'), false, 'unknown id');
    assert.deepEqual((await store.listCorrections()).map((c) => c.id), ['c_2']);
    const all = await store.listCorrections({ includeUndone: true });
    assert.deepEqual(all.map((c) => [c.id, c.undoneAt !== null, c.note ?? null]), [['c_1', true, 'a title'], ['c_2', false, null]]);
  }));

  test('a rejected quote is not listed, counted or counted for its speaker; undo restores it', () => withStore(open, async (store) => {
    await corpus(store);
    const target = await idOf(store, '"It is done,"');
    const c = await store.addCorrection({ kind: 'quote.reject', target, value: {} });
    assert.equal((await store.listQuotes()).some((q) => q.id === target), false);
    assert.equal(await store.countQuotes(), 4);
    assert.equal(await store.countQuotes({ speaker: 'costa' }), 1);
    assert.deepEqual((await store.listSpeakers({ speaker: 'costa' })).map((s) => [s.name, s.quotes, s.articles]), [['Ana Costa', 1, 1]]);
    const renamed = await store.addCorrection({ kind: 'quote.speaker', target, value: { name: 'Rui Lopes', kind: 'person' } });
    assert.equal(await store.countQuotes(), 4, 'a reject wins over a later speaker change');
    assert.equal(await store.undoCorrection(c.id), true);
    assert.equal(await store.undoCorrection(renamed.id), true);
    assert.equal(await store.countQuotes(), 5);
    assert.equal((await store.listSpeakers({ speaker: 'costa' }))[0]!.quotes, 2);
  }));

  test('a speaker change renames the quote, marks it corrected and moves speaker counts', () => withStore(open, async (store) => {
    await corpus(store);
    const target = await idOf(store, '"Nobody asked us,"');
    await store.addCorrection({ kind: 'quote.speaker', target, value: { name: 'Ana Costa', kind: 'person' } });
    const quote = (await store.listQuotes()).find((q) => q.id === target)!;
    assert.deepEqual([quote.speaker, quote.speakerKind, quote.corrected], ['Ana Costa', 'person', true]);
    assert.equal((await store.listQuotes()).filter((q) => q.corrected === true).length, 1, 'other quotes are not marked');
    assert.equal((await store.listQuotes()).find((q) => q.id !== target)!.corrected, undefined);
    assert.equal(await store.countQuotes({ speakerKind: 'anonymous' }), 0);
    assert.deepEqual((await store.listQuotes({ speaker: 'costa' })).map((q) => q.text), ['"We will not raise taxes,"', '"It is done,"', '"Nobody asked us,"']);
    assert.equal(await store.countQuotes({ speakerIs: 'ana costa' }), 3, 'an exact name finds quotes renamed to it');
    assert.equal(await store.countQuotes({ speakerIs: 'unnamed source' }), 0, 'and not the name they had');
    const speakers = await store.listSpeakers();
    assert.deepEqual(speakers[0]!, { name: 'Ana Costa', kind: 'person', quotes: 3, articles: 2, outlets: ['Harbour Herald', 'Valley Courier'], firstDate: '2024-03-01', lastDate: '2024-03-05' });
    assert.equal(speakers.some((s) => s.name === 'unnamed source'), false);
    const later = await store.addCorrection({ kind: 'quote.speaker', target, value: { name: 'Treasury', kind: 'organization' } });
    assert.deepEqual((await store.listQuotes({ speakerKind: 'organization' })).map((q) => q.speaker), ['ministry', 'Treasury'], 'the latest change wins');
    await store.undoCorrection(later.id);
    assert.equal((await store.listQuotes({ speaker: 'costa' })).length, 3, 'undo goes back to the earlier change');
  }));

  test('corrections find their quote by characters after replaceDocument renumbers quotes', () => withStore(open, async (store) => {
    const spec = (extra: boolean) => [
      ...(extra ? [{ words: 'Ferries stop at noon', speaker: 'harbour office', kind: 'organization' as const }] : []),
      { words: '"we must,"', speaker: 'Ana Costa' }, { words: '"or else,"', speaker: 'Rui Lopes' },
    ];
    const base = makeDocument('c1', [{ title: 'Ferries', body: 'Ferries stop at noon, "we must," said Ana Costa. "or else," Rui Lopes said.', date: '2024-01-01' }]);
    await store.putDocument(withQuotes(base, spec(false)));
    const [must, orElse] = (await store.listQuotes()).map((q) => q.id);
    await store.addCorrection({ kind: 'quote.speaker', target: must!, value: { name: 'Rui Lopes', kind: 'person' } });
    await store.addCorrection({ kind: 'quote.reject', target: orElse!, value: {} });
    assert.equal(await store.replaceDocument(withQuotes(base, spec(true))), true);
    const quotes = await store.listQuotes();
    assert.equal(quotes[1]!.id, orElse, 'the old id of the rejected quote now names "we must,"');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.corrected ?? false]), [
      ['Ferries stop at noon', 'harbour office', false],
      ['"we must,"', 'Rui Lopes', true],
    ]);
    assert.equal(await store.countQuotes(), 2);
    assert.deepEqual((await store.listSpeakers()).map((s) => [s.name, s.quotes]), [['harbour office', 1], ['Rui Lopes', 1]]);
  }));

  test('an anchor that no longer matches exactly goes to the quote overlapping it most', () => withStore(open, async (store) => {
    const base = makeDocument('c2', [{ body: 'He said "we are ready to sail today" and left.', date: '2024-01-02' }]);
    await store.putDocument(withQuotes(base, [{ words: 'we are ready', speaker: 'captain' }]));
    const doc = (await store.listQuotes())[0]!;
    await store.addCorrection({ kind: 'quote.speaker', target: 'q_gone', anchor: { document: doc.document, start: doc.start + 1, end: doc.start + 9 }, value: { name: 'Mate', kind: 'person' } });
    await store.replaceDocument(withQuotes(base, [{ words: 'He said', speaker: 'nobody' }, { words: '"we are ready to sail today"', speaker: 'captain' }]));
    assert.deepEqual((await store.listQuotes()).map((q) => q.speaker), ['nobody', 'Mate']);
  }));

  test('misuse: unknown kind PT-E012, bad value or anchor PT-E013, unknown quote PT-E014', () => withStore(open, async (store) => {
    await corpus(store);
    const target = await idOf(store, '"Later,"');
    const add = (c: Partial<NewCorrection>) => store.addCorrection({ kind: 'quote.speaker', target, value: { name: 'X', kind: 'person' }, ...c } as NewCorrection);
    await assert.rejects(add({ kind: 'quote.delete' as never }), code('PT-E012'));
    await assert.rejects(add({ value: { name: '  ', kind: 'person' } }), code('PT-E013'));
    await assert.rejects(add({ value: { name: 'X', kind: 'robot' } }), code('PT-E013'));
    await assert.rejects(add({ value: 'x' as never }), code('PT-E013'));
    await assert.rejects(add({ target: '' }), code('PT-E013'));
    await assert.rejects(add({ anchor: { document: 'd_x', start: 5, end: 2 } }), code('PT-E013'));
    await assert.rejects(add({ target: 'q_missing' }), code('PT-E014'));
    assert.deepEqual(await store.listCorrections({ includeUndone: true }), [], 'nothing stored by a refused correction');
    const ok = await add({});
    assert.equal(ok.id, 'c_1');
  }));
}
