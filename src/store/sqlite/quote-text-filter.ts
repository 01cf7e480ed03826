/** Trigrams need three characters; a shorter query is checked on every quote (it is rare and cheap to type past). */
export const TRIGRAM = 3;

/**
 * The quote text filter: a part of the quote's text, case aside. `instr(lower(text), ?)` is the
 * rule, as in the memory and PostgreSQL stores. For a query of three characters or more the
 * quotes_fts trigram index (migration 009) first narrows the rows to those that hold the query
 * as a phrase of trigrams, case folded: every quote that passes `instr` also passes the index,
 * since its lowered text holds the query and folding the case of both keeps it there. The
 * index is used only where quote-text-plan.ts finds it cheaper than the scan. It is read by seq, which the corrected view keeps, so a rejected quote is still left out.
 */
export function quoteTextFilter(text: string, useIndex: boolean): { clause: string; params: unknown[] } {
  const exact = 'instr(lower(q.text), ?) > 0';
  if (!useIndex || [...text].length < TRIGRAM) return { clause: exact, params: [text] };
  const phrase = `"${text.replace(/"/g, '""')}"`;
  return { clause: `q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) AND ${exact}`, params: [phrase, text] };
}
