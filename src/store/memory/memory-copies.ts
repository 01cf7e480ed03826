import type { CopyMember, CopyPair } from '../../core/copy.js';
import type { Document } from '../../core/document.js';
import type { CopyCandidate, CopyIndex, CopyIndexBatch, CopyIndexRow, CopyMemberRow, CopyPairQuery } from '../copies/copy-index.js';

type Backlog = (after: number, limit: number) => Array<{ seq: number; document: Document }>;

/** The copy index of a MemoryStore: the same behaviour as the SQL tables, in maps. */
export class MemoryCopies implements CopyIndex {
  private readonly entries = new Map<string, Omit<CopyIndexRow, 'signature'>>();
  private readonly bands = new Map<number, Set<string>>();
  private readonly paragraphs = new Map<string, Set<string>>();
  private readonly pairs = new Map<string, string>();
  private members: CopyMember[] = [];
  private watermark = 0;

  constructor(private readonly documentsAfter: Backlog) {}

  async copyBacklog(limit: number): Promise<Array<{ seq: number; document: Document }>> {
    return this.documentsAfter(this.watermark, limit);
  }

  async copyCandidates(bands: readonly number[], hashes: readonly string[], maxParagraphArticles: number): Promise<CopyCandidate[]> {
    const found = new Map<string, { bands: number; paragraphs: number }>();
    const get = (a: string) => found.get(a) ?? found.set(a, { bands: 0, paragraphs: 0 }).get(a)!;
    for (const k of bands) for (const a of this.bands.get(k) ?? []) get(a).bands++;
    for (const h of new Set(hashes)) {
      const list = this.paragraphs.get(h);
      if (list && list.size < maxParagraphArticles) for (const a of list) get(a).paragraphs++;
    }
    return [...found].map(([article, c]) => ({ article, ...c }));
  }

  async paragraphArticleCounts(hashes: readonly string[]): Promise<Map<string, number>> {
    return new Map(hashes.filter((h) => this.paragraphs.has(h)).map((h) => [h, this.paragraphs.get(h)!.size]));
  }

  async putCopyIndex(batch: CopyIndexBatch): Promise<void> {
    for (const { signature: _s, ...row } of batch.rows) {
      this.entries.set(row.article, row);
      for (const k of row.bands) add(this.bands, k, row.article);
      for (const h of row.paragraphHashes) add(this.paragraphs, h, row.article);
    }
    for (const p of batch.pairs) this.pairs.set(p.id, JSON.stringify(p));
    this.watermark = Math.max(this.watermark, batch.watermark);
  }

  async copyPairs(query: CopyPairQuery = {}): Promise<CopyPair[]> {
    const all = [...this.pairs.values()].map((j) => JSON.parse(j) as CopyPair);
    if (query.article !== undefined) return all.filter((p) => p.a.article === query.article || p.b.article === query.article);
    if (query.cluster !== undefined) {
      const inCluster = new Set(this.members.filter((m) => m.cluster === query.cluster).map((m) => m.article));
      return all.filter((p) => inCluster.has(p.a.article));
    }
    return all;
  }

  async replaceCopyMembers(members: readonly CopyMember[]): Promise<void> {
    this.members = members.map((m) => ({ ...m }));
  }

  async copyMembers(articles?: readonly string[]): Promise<CopyMemberRow[]> {
    const wanted = articles === undefined ? null : new Set(articles);
    return this.members
      .filter((m) => wanted === null || wanted.has(m.article))
      .sort((x, y) => (x.cluster < y.cluster ? -1 : x.cluster > y.cluster ? 1 : x.rank - y.rank))
      .map((m) => ({ ...m, title: this.entries.get(m.article)?.title ?? null, outlet: this.entries.get(m.article)?.outlet ?? null }));
  }

  async copyIndexStats(): Promise<{ articles: number; pairs: number; watermark: number }> {
    return { articles: this.entries.size, pairs: this.pairs.size, watermark: this.watermark };
  }
}

function add<K>(map: Map<K, Set<string>>, key: K, article: string): void {
  const set = map.get(key);
  if (set) set.add(article); else map.set(key, new Set([article]));
}
