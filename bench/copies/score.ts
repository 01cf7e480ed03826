/** Pair precision and recall of found copies against the truth of the evaluation set, at article and paragraph level. */
import type { CopyPair } from '../../src/core/copy.js';
import type { TruthCopy } from './eval-set.js';

export interface Counts { tp: number; fp: number; fn: number }
export const prf = (c: Counts) => ({ P: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), R: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) });

function unionFind(pairs: ReadonlyArray<readonly [string, string]>): (x: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!; return r; };
  for (const [a, b] of pairs) { const ra = find(a), rb = find(b); if (ra !== rb) parent.set(ra, rb); }
  return find;
}

export interface Scored {
  readonly article: Counts;
  /** Recall per edit kind, and for copies keeping ≥ 70 % of their words. */
  readonly byKind: Record<string, Counts>;
  readonly kept70: Counts;
  readonly paragraph: Counts;
  readonly naturalPairs: number;
  /** Found pairs joining a copy to a natural copy of its source: right, but no truth pair (left out of P and R). */
  readonly transitive: number;
  readonly falsePositives: ReadonlyArray<readonly [string, string]>;
}

/**
 * A found pair touching a synthetic copy is right when it is a truth pair (source–copy, host–copy
 * for an embed) or joins the copy to an article that the run found to be a natural copy of its
 * source or host (a copy of a copy is a copy). `paragraphIndex` maps a span start to its paragraph.
 */
export function scorePairs(found: readonly CopyPair[], truth: readonly TruthCopy[], paragraphIndex: (article: string, start: number) => number): Scored {
  const byCopy = new Map(truth.map((t) => [t.copy, t]));
  const natural = found.filter((p) => !byCopy.has(p.a.article) && !byCopy.has(p.b.article)).map((p) => [p.a.article, p.b.article] as const);
  const comp = unionFind(natural);
  const origins = (c: string) => { const t = byCopy.get(c)!; return [t.source, ...(t.host ? [t.host] : [])].map(comp); };
  const article: Counts = { tp: 0, fp: 0, fn: 0 };
  const hit = new Map<string, CopyPair>();
  const falsePositives: Array<readonly [string, string]> = [];
  let transitive = 0;
  const fpOf: TruthCopy[] = [];
  for (const p of found) {
    const ca = byCopy.has(p.a.article), cb = byCopy.has(p.b.article);
    if (!ca && !cb) continue;
    const [c, x] = cb ? [p.b.article, p.a.article] : [p.a.article, p.b.article];
    const t = byCopy.get(c)!;
    const exact = x === t.source || x === t.host;
    const related = byCopy.has(x) ? origins(x).some((o) => origins(c).includes(o)) : origins(c).includes(comp(x));
    if (exact) hit.set(`${x}|${c}`, p);
    if (!exact && related) transitive++;
    else if (!exact) { article.fp++; falsePositives.push([x, c]); fpOf.push(t); }
  }
  const byKind: Record<string, Counts> = {};
  const kept70: Counts = { tp: 0, fp: 0, fn: 0 };
  const paragraph: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of truth) {
    const k = (byKind[t.kind] ??= { tp: 0, fp: 0, fn: 0 });
    for (const [other, paras] of [[t.source, t.paragraphs], ...(t.host ? [[t.host, t.hostParagraphs]] : [])] as Array<[string, TruthCopy['paragraphs']]>) {
      const p = hit.get(`${other}|${t.copy}`);
      if (other === t.source) {
        if (p) k.tp++; else k.fn++;
        if (t.kept >= 0.7) { if (p) kept70.tp++; else kept70.fn++; }
      }
      if (!p) { article.fn++; paragraph.fn += paras.length; continue; }
      article.tp++;
      const flip = p.a.article === t.copy;
      const want = new Set(paras.map(([i, j]) => `${i}:${j}`));
      let got = 0;
      for (const pp of p.paragraphs) {
        const [os, cs] = flip ? [pp.b.start, pp.a.start] : [pp.a.start, pp.b.start];
        if (want.has(`${paragraphIndex(other, os)}:${paragraphIndex(t.copy, cs)}`)) got++; else paragraph.fp++;
      }
      paragraph.tp += got;
      paragraph.fn += want.size - got;
    }
  }
  for (const t of fpOf) { byKind[t.kind]!.fp++; if (t.kept >= 0.7) kept70.fp++; }
  return { article, byKind, kept70, paragraph, naturalPairs: natural.length, transitive, falsePositives };
}
