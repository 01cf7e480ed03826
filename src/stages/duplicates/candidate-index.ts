import { CANDIDATES, PARAGRAPHS } from './rules.js';
import type { CopyEntry } from './05-entry.js';

/**
 * Candidate lookup in memory: articles sharing an LSH band key or a long paragraph's hash. The
 * stores keep the same two indexes as tables; this one serves a batch before it is stored.
 */
export class CandidateIndex {
  private readonly bands = new Map<number, string[]>();
  private readonly paragraphs = new Map<string, string[]>();

  add(entry: CopyEntry): void {
    for (const k of entry.bands) push(this.bands, k, entry.article);
    for (const h of entry.paragraphHashes) push(this.paragraphs, h, entry.article);
  }

  /** Articles that share a band key or a (non-boilerplate) paragraph hash with `entry`, scored (a band 1, a paragraph 2). */
  scored(entry: CopyEntry): Map<string, number> {
    const out = new Map<string, number>();
    for (const k of entry.bands) for (const a of this.bands.get(k) ?? []) out.set(a, (out.get(a) ?? 0) + 1);
    for (const h of entry.paragraphHashes) {
      const hits = this.paragraphs.get(h) ?? [];
      if (hits.length < PARAGRAPHS.boilerplateArticles) for (const a of hits) out.set(a, (out.get(a) ?? 0) + 2);
    }
    out.delete(entry.article);
    return out;
  }

  /** The best-scored candidates, at most `max`. */
  candidates(entry: CopyEntry, max: number = CANDIDATES.maxPerArticle): string[] {
    return [...this.scored(entry)].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, max).map(([id]) => id);
  }

  /** How many indexed articles hold a paragraph with this hash. */
  paragraphCount(hash: string): number {
    return this.paragraphs.get(hash)?.length ?? 0;
  }
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
