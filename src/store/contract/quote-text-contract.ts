import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from './fixtures.js';
import { corpus, withQuotes } from './quotes-contract.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

type Store = Parameters<Parameters<typeof withStore>[1]>[0];
const texts = async (store: Store, text: string) => (await store.listQuotes({ text })).map((q) => q.text);

/** `text` on a QuoteQuery: a part of the quote's text, case aside; SQLite answers it from an index (migration 009). */
export function quoteTextContract(open: OpenStore): void {
  test('the text filter matches any part of a quote, across words, case aside, whatever its length', () => withStore(open, async (store) => {
    await corpus(store);
    assert.deepEqual(await texts(store, 'OT RAI'), ['"We will not raise taxes,"'], 'parts of two words');
    assert.deepEqual(await texts(store, 'axe'), ['"We will not raise taxes,"']);
    assert.deepEqual(await texts(store, 'taxes,"'), ['"We will not raise taxes,"'], 'punctuation and a double quote');
    assert.deepEqual(await texts(store, 'it'), ['"It is done,"'], 'two letters');
    assert.deepEqual(await texts(store, '  the   plan '), ['the plan was final'], 'spaces collapsed and trimmed');
    assert.deepEqual(await texts(store, 's'), ['"We will not raise taxes,"', 'the plan was final', '"It is done,"', '"Nobody asked us,"']);
    assert.equal(await store.countQuotes({ text: 'ASKED' }), 1);
  }));

  test('the text filter finds nothing for words outside the quotes or out of order', () => withStore(open, async (store) => {
    await corpus(store);
    assert.deepEqual(await texts(store, 'said Ana'), [], 'in the article, not in a quote');
    assert.deepEqual(await texts(store, 'raise not'), [], 'both words are there, not in this order');
    assert.deepEqual(await texts(store, 'taxess'), []);
    assert.deepEqual(await texts(store, '"nobody" OR done'), [], 'search syntax is taken as text');
    assert.equal(await store.countQuotes({ text: 'xyz' }), 0);
  }));

  test('%, _ and a backslash in the text are characters, not wildcards', () => withStore(open, async (store) => {
    await corpus(store);
    await store.putDocument(withQuotes(makeDocument('pct', [{ body: '"Rates rose 5% at in_house banks \\ lenders," he said.' }]), [{ words: '"Rates rose 5% at in_house banks \\ lenders,"' }]));
    const rates = ['"Rates rose 5% at in_house banks \\ lenders,"'];
    assert.deepEqual(await texts(store, '5% at'), rates);
    assert.deepEqual(await texts(store, 'in_house'), rates);
    assert.deepEqual(await texts(store, 'banks \\ len'), rates);
    assert.deepEqual(await texts(store, 'n_t'), [], 'not "not"');
    assert.deepEqual(await texts(store, 'ot%axes'), [], 'not "ot raise taxes"');
    assert.deepEqual(await texts(store, 'rose\\%'), []);
  }));

  test('a quote count with atMost stops there, and is exact below it', () => withStore(open, async (store) => {
    await corpus(store);
    assert.equal(await store.countQuotes({ text: 's' }, 2), 2);
    assert.equal(await store.countQuotes({ text: 's' }, 10), 4);
    assert.equal(await store.countQuotes({ text: 'taxes' }, 2), 1);
    assert.equal(await store.countQuotes({}, 3), 3);
    assert.equal(await store.countQuotes({ distinct: true }, 1), 1);
  }));

  test('a replaced document is found by its new quote text only, and its old text by nothing', () => withStore(open, async (store) => {
    const first = withQuotes(makeDocument('t1', [{ body: '"Ferries stop at noon," said Ana Costa. "Buses run late," she added.' }]), [{ words: '"Ferries stop at noon,"' }]);
    await store.putDocument(first);
    assert.deepEqual(await texts(store, 'ferries stop'), ['"Ferries stop at noon,"']);
    assert.equal(await store.replaceDocument(withQuotes(first, [{ words: '"Buses run late,"' }])), true);
    assert.deepEqual(await texts(store, 'ferries stop'), []);
    assert.deepEqual(await texts(store, 'buses run'), ['"Buses run late,"']);
    assert.equal(await store.countQuotes({ text: 'noon' }), 0);
  }));

  test('a rejected quote is not found by its text, a renamed one is, and undo brings the rejected one back', () => withStore(open, async (store) => {
    await corpus(store);
    const [done] = await store.listQuotes({ text: 'it is done' });
    const [nobody] = await store.listQuotes({ text: 'nobody asked' });
    const reject = await store.addCorrection({ kind: 'quote.reject', target: done!.id, value: {} });
    await store.addCorrection({ kind: 'quote.speaker', target: nobody!.id, value: { name: 'Rui Lopes', kind: 'person' } });
    assert.deepEqual(await texts(store, 'it is done'), []);
    assert.equal(await store.countQuotes({ text: 'done' }), 0);
    const renamed = await store.listQuotes({ text: 'nobody asked' });
    assert.deepEqual(renamed.map((q) => [q.speaker, q.corrected]), [['Rui Lopes', true]]);
    assert.equal(await store.undoCorrection(reject.id), true);
    assert.deepEqual(await texts(store, 'it is done'), ['"It is done,"']);
  }));
}
