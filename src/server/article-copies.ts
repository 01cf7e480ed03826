import type { Store } from '../store/store.js';

/** Another article holding a copy of one paragraph, and where in it. */
export interface ParagraphCopy {
  readonly article: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  /** The matching paragraph in the other article's document. */
  readonly start: number;
  readonly end: number;
  readonly match: 'same' | 'changed';
  readonly similarity: number;
  readonly pair: string;
}

/** A paragraph of this article (document offsets) that other articles hold a copy of. */
export interface CopiedParagraph {
  readonly start: number;
  readonly end: number;
  readonly copies: readonly ParagraphCopy[];
}

/** What the reader shows of an article's copies: its cluster, and its paragraphs copied elsewhere. */
export interface ArticleCopies {
  readonly cluster: {
    readonly id: string;
    readonly size: number;
    readonly rank: number;
    /** The cluster's earliest version (this article when rank is 0). */
    readonly earliest: { readonly article: string; readonly title: string | null; readonly outlet: string | null; readonly date: string | null };
  } | null;
  readonly paragraphs: readonly CopiedParagraph[];
}

/** The paragraphs of `article` that its copy pairs align with paragraphs of other articles, in text order. */
export async function articleCopies(store: Store, article: string): Promise<ArticleCopies> {
  const pairs = await store.copyPairs({ article });
  const [mine] = await store.copyMembers([article]);
  const clusterMembers = mine ? (await store.copyPairs({ cluster: mine.cluster })).flatMap((p) => [p.a.article, p.b.article]) : [];
  const others = [...new Set([...pairs.flatMap((p) => [p.a.article, p.b.article]), ...clusterMembers])];
  const members = new Map((await store.copyMembers(others)).map((m) => [m.article, m]));
  const byParagraph = new Map<string, { readonly start: number; readonly end: number; readonly copies: ParagraphCopy[] }>();
  for (const p of pairs) {
    const [me, other]: ['a' | 'b', 'a' | 'b'] = p.a.article === article ? ['a', 'b'] : ['b', 'a'];
    const info = members.get(p[other].article);
    for (const x of p.paragraphs) {
      const key = `${x[me].start}-${x[me].end}`;
      const entry = byParagraph.get(key) ?? { start: x[me].start, end: x[me].end, copies: [] };
      entry.copies.push({
        article: p[other].article, title: info?.title ?? null, outlet: info?.outlet ?? null, date: info?.date ?? null,
        start: x[other].start, end: x[other].end, match: x.match, similarity: x.similarity, pair: p.id,
      });
      byParagraph.set(key, entry);
    }
  }
  const earliest = mine ? [...members.values()].find((m) => m.cluster === mine.cluster && m.rank === 0) : undefined;
  return {
    cluster: mine ? {
      id: mine.cluster, size: new Set([article, ...clusterMembers]).size, rank: mine.rank,
      earliest: earliest ? { article: earliest.article, title: earliest.title, outlet: earliest.outlet, date: earliest.date } : { article, title: mine.title, outlet: mine.outlet, date: mine.date },
    } : null,
    paragraphs: [...byParagraph.values()].sort((x, y) => x.start - y.start),
  };
}
