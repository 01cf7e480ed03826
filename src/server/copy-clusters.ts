import type { CopyClusterSummary, CopyPair, DirectionEvidence } from '../core/copy.js';
import { clusterSummaries } from '../store/copies/cluster-summaries.js';
import type { CopyMemberRow } from '../store/copies/copy-index.js';
import type { Store } from '../store/store.js';

/** One member of a copy cluster as the copies views list it. */
export interface CopyMemberView {
  readonly article: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  /** 0 is the earliest version (by date, then id). */
  readonly rank: number;
  readonly earliest: boolean;
}

/**
 * Why a pair's direction is what it is: `credit` (the copying article's credit line names the
 * other's outlet), `date` (the earlier date), or `unknown` (same or missing dates, no credit).
 */
export type DirectionWhy = DirectionEvidence;

/** A copy pair without its paragraphs and drift: what the cluster listing shows. */
export interface CopyPairBrief extends Pick<CopyPair, 'id' | 'a' | 'b' | 'similarity' | 'match' | 'kind'> {
  /** `a->b`: b copied a; `unknown` when neither a credit line nor the dates say. */
  readonly direction: 'a->b' | 'b->a' | 'unknown';
  readonly why: DirectionWhy;
  readonly coverage: { readonly a: number; readonly b: number };
  /** Aligned paragraphs, and how many of them differ. */
  readonly paragraphs: number;
  readonly changed: number;
  /** Word-level differences, and how many fall inside quotations. */
  readonly edits: number;
  readonly quoteEdits: number;
  readonly rule: string;
}

export interface CopyClusterView extends CopyClusterSummary {
  readonly members: readonly CopyMemberView[];
  readonly pairsList: readonly CopyPairBrief[];
}

export function pairBrief(p: CopyPair): CopyPairBrief {
  return {
    id: p.id, a: p.a, b: p.b, similarity: p.similarity, match: p.match, kind: p.kind,
    direction: p.direction ?? 'unknown', why: p.evidence, coverage: p.coverage,
    paragraphs: p.paragraphs.length, changed: p.paragraphs.filter((x) => x.match === 'changed').length,
    edits: p.drift.length, quoteEdits: p.drift.filter((d) => d.inQuote).length, rule: p.rule,
  };
}

export function memberView(m: CopyMemberRow): CopyMemberView {
  return { article: m.article, title: m.title, outlet: m.outlet, date: m.date, rank: m.rank, earliest: m.rank === 0 };
}

function clusterView(summary: CopyClusterSummary, members: readonly CopyMemberRow[], pairs: readonly CopyPair[]): CopyClusterView {
  const mine = new Set(members.filter((m) => m.cluster === summary.id).map((m) => m.article));
  return {
    ...summary,
    members: members.filter((m) => m.cluster === summary.id).sort((x, y) => x.rank - y.rank).map(memberView),
    pairsList: pairs.filter((p) => mine.has(p.a.article)).map(pairBrief),
  };
}

/**
 * Copy clusters, largest first (the order `presstrail copies` prints), each with its members in
 * date order and its verified pairs. Reads the whole copy index: clusters are regrouped from
 * pairs, not stored as rows of their own.
 */
export async function listCopyClusters(store: Store, limit: number, offset: number): Promise<{ total: number; offset: number; items: CopyClusterView[] }> {
  const [members, pairs] = await Promise.all([store.copyMembers(), store.copyPairs()]);
  const summaries = clusterSummaries(members, pairs);
  return { total: summaries.length, offset, items: summaries.slice(offset, offset + limit).map((s) => clusterView(s, members, pairs)) };
}

/** One cluster by id, or null. */
export async function copyCluster(store: Store, id: string): Promise<CopyClusterView | null> {
  const pairs = await store.copyPairs({ cluster: id });
  const ids = [...new Set(pairs.flatMap((p) => [p.a.article, p.b.article]))];
  if (ids.length === 0) return null;
  const members = (await store.copyMembers(ids)).filter((m) => m.cluster === id);
  const [summary] = clusterSummaries(members, pairs);
  return summary ? clusterView(summary, members, pairs) : null;
}
