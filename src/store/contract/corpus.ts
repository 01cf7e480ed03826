import type { Document } from '../../core/document.js';
import type { Store } from '../store.js';
import { makeDocument } from './fixtures.js';

/** Five articles in three documents, built so each filter and query picks a known subset. */
export function corpus(): { docs: Document[]; ids: Record<'A' | 'B' | 'C' | 'D' | 'E', string> } {
  const alpha = makeDocument('alpha', [
    { title: 'Council approves budget', body: 'The city council approved the budget on Tuesday after a long debate.', date: '2024-03-01', outlet: 'The Herald', author: 'Ann Lee', clutter: 'Share this: zebra' },
    { title: 'Storm hits coast', body: 'A storm hit the coast overnight, cutting power to thousands.', date: '2024-03-05', outlet: 'the herald' },
  ]);
  const beta = makeDocument('beta', [
    { title: 'Budget debate continues', body: 'Budget, budget, budget: the council budget debate continues.', date: '2024-04-10', outlet: 'Daily Post' },
    { title: 'Undated feature', body: 'A feature about the coast and its cafés.', outlet: 'Daily Post' },
  ]);
  const gamma = makeDocument('gamma', [
    { title: 'Élection présidentielle', body: 'Les électeurs votent 😀 aujourd’hui; cafe\u0301 ouvert.', date: '2024-05-01' },
  ], 'text/plain');
  const id = (doc: Document, i: number) => `a_${doc.id.slice(2)}_${i}`;
  return { docs: [alpha, beta, gamma], ids: { A: id(alpha, 0), B: id(alpha, 1), C: id(beta, 0), D: id(beta, 1), E: id(gamma, 0) } };
}

export async function loadCorpus(store: Store): Promise<Record<'A' | 'B' | 'C' | 'D' | 'E', string>> {
  const { docs, ids } = corpus();
  for (const doc of docs) await store.putDocument(doc);
  return ids;
}
