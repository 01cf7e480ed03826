import type { CopyMember, CopyPair } from '../../core/copy.js';
import type { Document } from '../../core/document.js';
import type { Article } from '../../core/article.js';
import { sameArticles } from '../copies/copy-rows.js';
import type { CopyBacklogItem, CopyIndex, CopyIndexBatch, CopyIndexRow, CopyLink, CopyLookup, CopyMemberRow, CopyPairQuery, StoredCopyEntry } from '../copies/copy-index.js';

type Backlog = (after: number, limit: number) => Array<{ seq: number; document: Document }>;
type Lookup = (id: string) => { seq: number; document: Document } | null;

/** The copy index of a MemoryStore: the same behaviour as the SQL tables, in maps. */
export class MemoryCopies implements CopyIndex {
  private readonly entries = new Map<string, CopyIndexRow>();
  private readonly bands = new Map<number, Set<string>>();
  private readonly paragraphs = new Map<string, Set<string>>();
  private readonly pairs = new Map<string, string>();
  private readonly stale = new Set<string>();
  private members: CopyMember[] = [];
  private watermark = 0;

  constructor(private readonly documentsAfter: Backlog, private readonly documentOf: Lookup) {}

  async copyBacklog(limit: number): Promise<CopyBacklogItem[]> {
    const item = (stale: boolean) => ({ seq, document }: { seq: number; document: Document }): CopyBacklogItem =>
      ({ seq, document: document.id, text: document.text, articles: (document.layers.articles ?? []) as Article[], stale });
    const stale = [...this.stale].map(this.documentOf).filter((d) => d !== null).sort((x, y) => x.seq - y.seq).slice(0, limit).map(item(true));
    return [...stale, ...this.documentsAfter(this.watermark, limit - stale.length).map(item(false))];
  }

  /** Called by the store when a document is replaced: if it was indexed and its articles change, the next run re-indexes it. */
  noteReplacement(before: Document, after: Document, seq: number): void {
    if (seq <= this.watermark && !sameArticles(JSON.stringify(before.layers.articles ?? []), after.layers.articles)) this.stale.add(after.id);
  }

  async copyLookup(bands: readonly number[], hashes: readonly string[], cap: number): Promise<CopyLookup> {
    const out: CopyLookup = { bands: new Map(), paragraphs: new Map() };
    for (const k of new Set(bands)) { const list = this.bands.get(k); if (list && list.size > 0) (out.bands as Map<number, string[]>).set(k, [...list]); }
    for (const h of new Set(hashes)) {
      const list = this.paragraphs.get(h);
      if (!list || list.size === 0) continue;
      (out.paragraphs as Map<string, { count: number; articles: string[] }>).set(h, { count: Math.min(list.size, cap), articles: list.size < cap ? [...list] : [] });
    }
    return out;
  }

  async copyEntries(articles: readonly string[]): Promise<StoredCopyEntry[]> {
    return articles.flatMap((a) => {
      const e = this.entries.get(a);
      return e ? [{ article: e.article, document: e.document, title: e.title, date: e.date, outlet: e.outlet, words: e.words, body: e.body }] : [];
    });
  }

  private remove(article: string): void {
    const old = this.entries.get(article);
    if (!old) return;
    for (const k of old.bands) this.bands.get(k)?.delete(article);
    for (const h of old.paragraphHashes) this.paragraphs.get(h)?.delete(article);
    this.entries.delete(article);
  }

  async putCopyIndex(batch: CopyIndexBatch): Promise<void> {
    for (const document of batch.replaced ?? []) {
      for (const e of [...this.entries.values()].filter((x) => x.document === document)) {
        for (const [id, json] of this.pairs) { const p = JSON.parse(json) as CopyPair; if (p.a.article === e.article || p.b.article === e.article) this.pairs.delete(id); }
        this.remove(e.article);
      }
      this.stale.delete(document);
    }
    for (const row of batch.rows) {
      this.remove(row.article);
      this.entries.set(row.article, row);
      for (const k of row.bands) add(this.bands, k, row.article);
      for (const h of row.paragraphHashes) add(this.paragraphs, h, row.article);
    }
    for (const p of batch.pairs) this.pairs.set(p.id, JSON.stringify(p));
    this.watermark = Math.max(this.watermark, batch.watermark);
  }

  async copyLinks(): Promise<CopyLink[]> {
    const date = (a: string) => this.entries.get(a)?.date ?? null;
    return [...this.pairs.values()].map((j) => JSON.parse(j) as CopyPair).map((p) => ({ a: p.a.article, b: p.b.article, strong: p.kind !== 'partial', aDate: date(p.a.article), bDate: date(p.b.article) }));
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
