/** Exact-span precision, recall and F1 per entity type and overall (as conlleval counts them). */
import type { EntityType } from '../core/mention.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly gold: number;
}

export type SpanKey = { readonly start: number; readonly end: number; readonly type: EntityType };

export class SpanScorer {
  readonly counts = new Map<string, Counts>();

  private bucket(type: string): Counts {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  /** Adds one unit (a sentence, a paragraph) of gold and predicted spans. */
  add(gold: readonly SpanKey[], pred: readonly SpanKey[]): void {
    const key = (s: SpanKey): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) this.bucket(s.type)[g.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of gold) if (!p.has(key(s))) this.bucket(s.type).fn++;
    for (const s of gold) this.bucket(s.type);
  }

  prf(type?: string): Prf {
    const cs = type ? [this.bucket(type)] : [...this.counts.values()];
    const tp = cs.reduce((a, c) => a + c.tp, 0);
    const fp = cs.reduce((a, c) => a + c.fp, 0);
    const fn = cs.reduce((a, c) => a + c.fn, 0);
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: tp + fn };
  }
}
