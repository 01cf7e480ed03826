import { PARAGRAPHS } from './rules.js';
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

  /** Articles that share a band key or a (non-boilerplate) paragraph hash with `entry`. */
  candidates(entry: CopyEntry): Set<string> {
    const out = new Set<string>();
    for (const k of entry.bands) for (const a of this.bands.get(k) ?? []) out.add(a);
    for (const h of entry.paragraphHashes) {
      const hits = this.paragraphs.get(h) ?? [];
      if (hits.length < PARAGRAPHS.boilerplateArticles) for (const a of hits) out.add(a);
    }
    out.delete(entry.article);
    return out;
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
