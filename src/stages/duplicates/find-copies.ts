import type { CopyMember, CopyPair } from '../../core/copy.js';
import { PARAGRAPHS } from './rules.js';
import { CandidateIndex } from './candidate-index.js';
import type { CopyEntry } from './05-entry.js';
import { verifyPair } from './08-verify.js';
import { copyPair } from './09-lineage.js';
import { clustersOf } from './10-clusters.js';

export interface FoundCopies {
  readonly pairs: CopyPair[];
  readonly members: CopyMember[];
  /** Candidate pairs checked by alignment (verified or not). */
  readonly candidates: number;
}

export interface EntryWithText {
  readonly entry: CopyEntry;
  /** The document's text: callers show copies with it; detection itself reads only the entry. */
  readonly text: string;
}

/**
 * Every copy among a set of articles, in memory: each article is checked against those before it
 * (so each pair once), the way the corpus step checks new articles against the stored ones.
 */
export function findCopies(items: readonly EntryWithText[]): FoundCopies {
  const index = new CandidateIndex();
  const byId = new Map(items.map((x) => [x.entry.article, x]));
  const pairs: CopyPair[] = [];
  let candidates = 0;
  const boilerplate = (h: string) => index.paragraphCount(h) >= PARAGRAPHS.boilerplateArticles;
  for (const item of items) {
    for (const other of index.candidates(item.entry)) {
      candidates++;
      const o = byId.get(other)!;
      const block = verifyPair(o.entry, item.entry, boilerplate);
      if (block) pairs.push(copyPair(o.entry, item.entry, block));
    }
    index.add(item.entry);
  }
  const dates = new Map(items.map((x) => [x.entry.article, x.entry.date]));
  return { pairs, members: clustersOf({ pairs: pairs.map((p) => ({ a: p.a.article, b: p.b.article, strong: p.kind !== 'partial' })), dates }), candidates };
}
