import type { Document } from '../../core/document.js';
import { makeDocument } from '../contract/fixtures.js';

/**
 * The documents the crash-safety test writes: document `i` has three articles, each with a
 * word (`markerI`) found nowhere else, and enough text (~24 KB) that a kill often lands
 * inside a transaction.
 */
export function crashDocument(i: number): Document {
  const filler = 'The committee heard evidence from witnesses for several hours. '.repeat(120);
  return makeDocument(`crash-${i}`, [0, 1, 2].map((k) => ({
    title: `Report ${i}.${k}`,
    body: `marker${i} ${filler}`,
    date: `2024-01-${String((k % 28) + 1).padStart(2, '0')}`,
    outlet: 'Crash Gazette',
  })));
}
