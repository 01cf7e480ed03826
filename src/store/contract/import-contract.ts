import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Correction } from '../../core/correction.js';
import { isPresstrailError } from '../../core/errors.js';
import { corpus } from './quotes-contract.js';
import type { OpenStore } from './with-store.js';
import { withStore } from './with-store.js';

/** What `presstrail import` needs of a store beyond putDocuments and putSource. */
export function importContract(open: OpenStore): void {
  test('importCorrection keeps id, times, anchor and undone state; importing it again changes nothing; new ids follow on', () => withStore(open, async (store) => {
    await corpus(store);
    const quote = (await store.listQuotes()).find((q) => q.text === '"It is done,"')!;
    const anchor = { document: quote.document, start: quote.start, end: quote.end };
    const undone: Correction = { id: 'c_3', kind: 'quote.speaker', target: 'q_elsewhere', anchor, value: { name: 'Rui Lopes', kind: 'person' }, note: 'checked the tape', createdAt: '2026-11-02T10:00:00.000Z', undoneAt: '2026-11-03T09:30:00.000Z' };
    const active: Correction = { id: 'c_7', kind: 'quote.reject', target: 'q_elsewhere', anchor, value: {}, author: 'desk', createdAt: '2026-11-04T08:00:00.000Z', undoneAt: null };
    assert.equal(await store.importCorrection(active), 'inserted');
    assert.equal(await store.importCorrection(undone), 'inserted');
    assert.equal(await store.importCorrection(undone), 'exists');
    assert.deepEqual(await store.listCorrections({ includeUndone: true }), [undone, active]);
    // The anchor, not the old quote id, finds the quote: the active reject hides it, the undone change does nothing.
    assert.equal((await store.listQuotes()).some((q) => q.id === quote.id), false);
    const next = await store.addCorrection({ kind: 'entity.rename', target: 'e_1', value: { name: 'Acme' } });
    assert.equal(next.id, 'c_8');
  }));

  test('importCorrection refuses an id that is not c_N, and a correction that would not be valid when new', () => withStore(open, async (store) => {
    const base: Correction = { id: 'c_1', kind: 'entity.rename', target: 'e_1', value: {}, createdAt: '2026-11-02T10:00:00.000Z', undoneAt: null };
    const e013 = (error: unknown) => isPresstrailError(error) && error.code === 'PT-E013';
    await assert.rejects(store.importCorrection({ ...base, id: 'x9' }), e013);
    await assert.rejects(store.importCorrection({ ...base, createdAt: 'yesterday' }), e013);
    await assert.rejects(store.importCorrection({ ...base, kind: 'quote.speaker', value: { name: '' } }), e013);
    assert.deepEqual(await store.listCorrections({ includeUndone: true }), []);
  }));
}
