import type { CopyDirection, CopyMatch, CopyPair } from '../core/copy.js';

/** One copy in `presstrail export` (docs/export.md): the copied span in both articles. */
export interface CopyRecord {
  readonly type: 'copy';
  readonly cluster: string | null;
  readonly a: { readonly article: string; readonly start: number; readonly end: number };
  readonly b: { readonly article: string; readonly start: number; readonly end: number };
  readonly similarity: number;
  readonly match: CopyMatch;
  readonly direction: CopyDirection;
}

export function copyRecord(pair: CopyPair, cluster: string | null): CopyRecord {
  return {
    type: 'copy', cluster,
    a: { article: pair.a.article, start: pair.a.start, end: pair.a.end },
    b: { article: pair.b.article, start: pair.b.start, end: pair.b.end },
    similarity: pair.similarity, match: pair.match, direction: pair.direction,
  };
}
