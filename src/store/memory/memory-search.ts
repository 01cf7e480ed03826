import type { SearchNode } from '../search/search-query.js';
import { positiveTerms } from '../search/search-query.js';
import type { PositionedToken } from '../search/tokens.js';
import { tokenizeWithOffsets } from '../search/tokens.js';
import { SNIPPET_MARKS } from '../store.js';
import { RANK_CANDIDATES } from '../search/rank-candidates.js';

type Term = Extract<SearchNode, { kind: 'term' }>;

/** One searchable column of an article, tokenized once at insert time. */
export interface SearchColumn {
  readonly text: string;
  readonly tokens: readonly PositionedToken[];
  readonly weight: number;
}

export function searchColumn(text: string, weight: number): SearchColumn {
  return { text, tokens: tokenizeWithOffsets(text), weight };
}

/** Where a term (a phrase of tokens, the last maybe a prefix) occurs in a column: start token indexes. */
export function termHits(term: Term, column: SearchColumn): number[] {
  const out: number[] = [];
  const { tokens } = column;
  const k = term.tokens.length;
  for (let i = 0; i + k <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < k && ok; j++) {
      const want = term.tokens[j]!;
      const have = tokens[i + j]!.token;
      ok = term.prefix && j === k - 1 ? have.startsWith(want) : have === want;
    }
    if (ok) out.push(i);
  }
  return out;
}

export function matches(node: SearchNode, columns: readonly SearchColumn[]): boolean {
  switch (node.kind) {
    case 'term':
      return columns.some((c) => termHits(node, c).length > 0);
    case 'and':
      return node.children.every((child) => matches(child, columns));
    case 'or':
      return node.children.some((child) => matches(child, columns));
    case 'not':
      return matches(node.positive, columns) && !matches(node.negative, columns);
  }
}

/**
 * Okapi BM25 as FTS5 computes it (k1 1.2, b 0.75, per-column weights), higher is better.
 * Document frequencies and average lengths come from `all`, every article's columns.
 */
export function bm25Scorer(node: SearchNode, all: ReadonlyArray<readonly SearchColumn[]>): (columns: readonly SearchColumn[]) => number {
  const k1 = 1.2;
  const b = 0.75;
  const terms = positiveTerms(node).map((term) => {
    const n = all.filter((cols) => cols.some((c) => termHits(term, c).length > 0)).length;
    return { term, idf: Math.max(1e-6, Math.log((all.length - n + 0.5) / (n + 0.5))) };
  });
  const width = all[0]?.length ?? 0;
  const avg = Array.from({ length: width }, (_, i) => all.reduce((sum, cols) => sum + (cols[i]?.tokens.length ?? 0), 0) / Math.max(1, all.length));
  return (columns) => {
    let score = 0;
    for (const { term, idf } of terms) {
      columns.forEach((column, i) => {
        const tf = termHits(term, column).length;
        const norm = 1 - b + (b * column.tokens.length) / Math.max(1, avg[i] ?? 1);
        score += column.weight * idf * ((tf * (k1 + 1)) / (tf + k1 * norm));
      });
    }
    return score;
  };
}

/** A window of about `size` tokens around the most matches, marked like FTS5's snippet(). */
export function snippet(node: SearchNode, columns: readonly SearchColumn[], size = 16): string {
  let best: { column: SearchColumn; hits: Set<number>; from: number; count: number } | undefined;
  for (const column of columns) {
    const hits = new Set<number>();
    for (const term of positiveTerms(node)) {
      for (const at of termHits(term, column)) for (let j = 0; j < term.tokens.length; j++) hits.add(at + j);
    }
    const from = bestWindow([...hits].sort((x, y) => x - y), column.tokens.length, size);
    const count = [...hits].filter((h) => h >= from && h < from + size).length;
    if (!best || count > best.count) best = { column, hits, from, count };
  }
  return best ? render(best.column, best.hits, best.from, size) : '';
}

function bestWindow(hits: readonly number[], length: number, size: number): number {
  let from = 0;
  let most = -1;
  for (const h of hits) {
    const start = Math.max(0, Math.min(h - Math.floor(size / 4), length - size));
    const count = hits.filter((x) => x >= start && x < start + size).length;
    if (count > most) { most = count; from = start; }
  }
  return from;
}

function render(column: SearchColumn, hits: ReadonlySet<number>, from: number, size: number): string {
  const { tokens, text } = column;
  const to = Math.min(tokens.length, from + size);
  let out = from > 0 ? SNIPPET_MARKS.ellipsis : '';
  let at = from > 0 ? tokens[from]!.start : 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    out += text.slice(at, t.start);
    out += hits.has(i) ? SNIPPET_MARKS.open + text.slice(t.start, t.end) + SNIPPET_MARKS.close : text.slice(t.start, t.end);
    at = t.end;
  }
  return to < tokens.length ? out + SNIPPET_MARKS.ellipsis : out + text.slice(at);
}

/**
 * Matches in the order search lists them: RANK_CANDIDATES (the newest, and the newest with a
 * query word in the title) by `score`, best first, then id; then the other matches, newest first.
 */
export function rankedMatches<T extends { readonly columns: readonly SearchColumn[] }>(node: SearchNode, found: readonly T[], score: (e: T) => number, compare: (a: T, b: T) => number): T[] {
  const terms = positiveTerms(node);
  const titled = found.filter((e) => terms.some((t) => termHits(t, e.columns[0]!).length > 0)).slice(-RANK_CANDIDATES.titled);
  const candidates = new Set([...found.slice(-RANK_CANDIDATES.newest), ...titled]);
  const ranked = [...candidates].map((e) => ({ e, s: score(e) })).sort((x, y) => y.s - x.s || compare(x.e, y.e)).map((r) => r.e);
  return [...ranked, ...found.filter((e) => !candidates.has(e)).reverse()];
}
