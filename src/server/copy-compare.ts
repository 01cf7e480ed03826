import type { CopyPair, DriftEdit } from '../core/copy.js';
import type { Span } from '../core/span.js';
import { copyEntry } from '../stages/duplicates/05-entry.js';
import { verifyPair } from '../stages/duplicates/08-verify.js';
import { copyPair } from '../stages/duplicates/09-lineage.js';
import type { StoredArticle, Store } from '../store/store.js';
import { copyCluster, pairBrief, type CopyMemberView, type CopyPairBrief } from './copy-clusters.js';
import { compareRows, flipPair, type CompareRow } from './copy-rows.js';
import { HttpError } from './http-error.js';

/** One side of a comparison: the article's text (its span of the document, from `offset`) and its copied block. */
export interface CompareSide extends CopyMemberView {
  readonly offset: number;
  readonly text: string;
  /** The copied block in this article (the reprint block of a longer one), null when none. */
  readonly block: Span | null;
  /** Share of this article's body words inside the block. */
  readonly coverage: number | null;
}

export interface CopyComparison {
  readonly cluster: string;
  readonly members: readonly CopyMemberView[];
  readonly a: CompareSide;
  readonly b: CompareSide;
  /**
   * The pair, oriented a = left: as stored (`stored`), or aligned now for two members that no
   * stored pair joins (they are in one cluster through others). Null when they share no block.
   */
  readonly pair: (CopyPairBrief & { readonly stored: boolean }) | null;
  /** The credit line that gave the direction, as text. */
  readonly creditText: string | null;
  readonly rows: readonly CompareRow[];
  /** Word-level differences from a to b, in a's and b's document offsets; `inQuote` inside a quotation. */
  readonly drift: readonly DriftEdit[];
}

/** The stored pair to show when the address names fewer than two members: one with the earliest member first. */
function defaultPair(pairs: readonly CopyPair[], earliest: string, a?: string, b?: string): CopyPair | undefined {
  const wanted = a ?? b;
  if (wanted !== undefined) return pairs.find((p) => p.a.article === wanted || p.b.article === wanted);
  return pairs.find((p) => p.a.article === earliest || p.b.article === earliest) ?? pairs[0];
}

async function article(store: Store, id: string): Promise<StoredArticle> {
  const stored = await store.getArticle(id);
  if (!stored) throw new HttpError(404, 'PT-E005', `Article ${id} of this cluster is no longer stored; run presstrail copies to bring the copy index up to date.`);
  return stored;
}

/** Aligns two stored articles now (the copies stage's own verification), oriented x = a. */
function alignNow(x: StoredArticle, y: StoredArticle): CopyPair | null {
  const ex = copyEntry(x.document, x.article), ey = copyEntry(y.document, y.article);
  const block = verifyPair(ex, ey);
  if (!block) return null;
  const pair = copyPair(ex, ey, block);
  return pair.a.article === x.article.id ? pair : flipPair(pair);
}

/**
 * Two members of a cluster side by side: `a` and `b` name them (either may be left out; a
 * stored pair of the one given, or of the earliest member, fills in). The stored pair is used
 * when there is one, turned to the asked orientation; otherwise the two are aligned now.
 */
export async function compareCopies(store: Store, clusterId: string, askA?: string, askB?: string): Promise<CopyComparison> {
  const cluster = await copyCluster(store, clusterId);
  if (!cluster) throw new HttpError(404, 'PT-E085', `No copy cluster ${clusterId}; list clusters at /api/copies.`);
  const pairs = await store.copyPairs({ cluster: clusterId });
  const fallback = askA !== undefined && askB !== undefined ? undefined : defaultPair(pairs, cluster.earliest, askA, askB);
  const idA = askA ?? (fallback ? (fallback.a.article === askB ? fallback.b.article : fallback.a.article) : undefined);
  const idB = askB ?? (fallback ? (fallback.a.article === idA ? fallback.b.article : fallback.a.article) : undefined);
  const member = (id: string | undefined) => cluster.members.find((m) => m.article === id);
  const ma = member(idA), mb = member(idB);
  if (!ma || !mb) throw new HttpError(400, 'PT-E086', `${!ma ? idA : idB} is not a member of ${clusterId}; its members are ${cluster.members.map((m) => m.article).join(', ')}.`);
  if (ma.article === mb.article) throw new HttpError(400, 'PT-E086', `Compare two different members of ${clusterId}, not ${ma.article} with itself.`);
  const [x, y] = await Promise.all([article(store, ma.article), article(store, mb.article)]);
  const stored = pairs.find((p) => (p.a.article === ma.article && p.b.article === mb.article) || (p.a.article === mb.article && p.b.article === ma.article));
  const pair = stored ? (stored.a.article === ma.article ? stored : flipPair(stored)) : alignNow(x, y);
  const side = (m: CopyMemberView, s: StoredArticle, which: 'a' | 'b'): CompareSide => ({
    ...m, offset: s.article.start, text: s.document.text.slice(s.article.start, s.article.end),
    block: pair ? { start: pair[which].start, end: pair[which].end } : null, coverage: pair ? pair.coverage[which] : null,
  });
  const parasX = copyEntry(x.document, x.article).paragraphs, parasY = copyEntry(y.document, y.article).paragraphs;
  const credit = pair?.evidence.credit;
  const creditDoc = credit ? (credit.article === x.article.id ? x : y).document.text : '';
  return {
    cluster: clusterId, members: cluster.members, a: side(ma, x, 'a'), b: side(mb, y, 'b'),
    pair: pair ? { ...pairBrief(pair), stored: stored !== undefined } : null,
    creditText: credit ? creditDoc.slice(credit.start, credit.end).trim() : null,
    rows: pair ? compareRows(parasX, parasY, pair) : [{ kind: 'outside', position: 'before', a: parasX.map(span), b: parasY.map(span) }],
    drift: pair?.drift ?? [],
  };
}

const span = (p: Span): Span => ({ start: p.start, end: p.end });
