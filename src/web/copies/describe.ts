import type { CopyMemberView, CopyPairBrief } from '../../server/copy-clusters.js';

/** How a member is named in sentences about a pair: its outlet and date. */
export function memberLabel(m: Pick<CopyMemberView, 'outlet' | 'date' | 'article'> | undefined): string {
  if (!m) return 'an article no longer listed';
  return `${m.outlet ?? 'no outlet'}, ${m.date ?? 'undated'}`;
}

const MATCH: Record<CopyPairBrief['match'], string> = {
  exact: 'exact (same words, punctuation and spacing aside)',
  near: 'near (a few words differ)',
  reworded: 'reworded (many words differ)',
};

const KIND: Record<CopyPairBrief['kind'], string> = {
  article: 'whole article',
  embedded: 'embedded (a block inside a longer article)',
  partial: 'partial (a block of paragraphs in each)',
};

export const matchLabel = (m: CopyPairBrief['match']): string => MATCH[m];
export const kindLabel = (k: CopyPairBrief['kind']): string => KIND[k];
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** "Coast Courier, 2019-03-05 copied Harbour Herald, 2019-03-04": who copied whom, in words. */
export function directionText(p: Pick<CopyPairBrief, 'direction'>, a: string, b: string): string {
  if (p.direction === 'a->b') return `${b} copied ${a}`;
  if (p.direction === 'b->a') return `${a} copied ${b}`;
  return `unknown: ${a} or ${b} may be the original`;
}

/** Why the direction is what it is: the credit line, the dates, or neither. */
export function whyText(p: Pick<CopyPairBrief, 'direction' | 'why'>, a: string, b: string, creditText?: string | null): string {
  if (p.why.rule === 'credit') {
    const copier = p.direction === 'b->a' ? a : b;
    return `credit: a line in ${copier} names ${p.why.credit?.names ?? 'the other outlet'}${creditText ? ` (“${creditText}”)` : ''}`;
  }
  if (p.why.rule === 'date') return `date: ${p.direction === 'b->a' ? b : a} is dated earlier`;
  return 'unknown: the same date or no dates, and no credit line';
}
