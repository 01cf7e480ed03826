import type { Correction, CorrectionQuery, NewCorrection } from '../../core/correction.js';
import type { CorrectionRow } from '../correction-check.js';
import { correctionRow, isQuoteCorrection, rowToCorrection, unknownQuote } from '../correction-check.js';
import type { QuoteRow } from '../quote-rows.js';
import { restoredRow } from '../restore-correction.js';
import type { PutResult } from '../store.js';

type StoredRow = CorrectionRow & { id: string; createdAt: string; undoneAt: string | null };
export type CorrectedRow = QuoteRow & { readonly corrected: boolean };

const overlap = (r: QuoteRow, s: number, e: number) => Math.min(r.end, e) - Math.max(r.start, s);

/** The quote a correction applies to now: by its anchor (same span, else most overlap), else by target id. */
function resolve(c: StoredRow, rows: readonly QuoteRow[]): string | null {
  if (c.anchorDocument === null) return c.target;
  const s = c.anchorStart!;
  const e = c.anchorEnd!;
  const exact = (r: QuoteRow) => r.start === s && r.end === e;
  let best: QuoteRow | null = null;
  for (const r of rows) {
    if (r.document !== c.anchorDocument || !(exact(r) || overlap(r, s, e) > 0)) continue;
    const better = best === null || (exact(r) && !exact(best))
      || (exact(r) === exact(best) && (overlap(r, s, e) > overlap(best, s, e) || (overlap(r, s, e) === overlap(best, s, e) && r.ordinal < best.ordinal)));
    if (better) best = r;
  }
  return best?.id ?? null;
}

/** The corrections of a MemoryStore, kept in order; the same rules as the SQL view (sqlite/corrections-sql.ts). */
export class MemoryCorrections {
  private readonly rows: StoredRow[] = [];

  add(correction: NewCorrection, rows: readonly QuoteRow[]): Correction {
    let row = correctionRow(correction);
    if (row.anchorDocument === null && isQuoteCorrection(row.kind)) {
      const quote = rows.find((r) => r.id === row.target);
      if (!quote) throw unknownQuote(row.target);
      row = { ...row, anchorDocument: quote.document, anchorStart: quote.start, anchorEnd: quote.end };
    }
    // The highest number in use plus one (not the count): imported corrections keep their ids.
    const next = this.rows.reduce((n, r) => Math.max(n, Number(r.id.slice(2))), 0) + 1;
    const stored = { ...row, id: `c_${next}`, createdAt: new Date().toISOString(), undoneAt: null };
    this.rows.push(stored);
    return rowToCorrection(stored);
  }

  /** MemoryStore.importCorrection: kept as exported, in id order like the SQL stores' seq. */
  restore(correction: Correction): PutResult {
    const { seq, ...row } = restoredRow(correction);
    if (this.rows.some((r) => r.id === row.id)) return 'exists';
    const at = this.rows.findIndex((r) => Number(r.id.slice(2)) > seq);
    this.rows.splice(at < 0 ? this.rows.length : at, 0, row);
    return 'inserted';
  }

  undo(id: string): boolean {
    const i = this.rows.findIndex((r) => r.id === id && r.undoneAt === null);
    if (i < 0) return false;
    this.rows[i] = { ...this.rows[i]!, undoneAt: new Date().toISOString() };
    return true;
  }

  list(query: CorrectionQuery = {}): Correction[] {
    return this.rows.filter((r) => (query.kind === undefined || r.kind === query.kind) && (query.target === undefined || r.target === query.target)
      && (query.includeUndone === true || r.undoneAt === null)).map(rowToCorrection);
  }

  /** The quote rows as corrected: rejected ones left out, the latest speaker change applied. */
  apply<T extends { readonly row: QuoteRow }>(entries: readonly T[]): Array<T & { readonly row: CorrectedRow }> {
    const rows = entries.map((e) => e.row);
    const rejected = new Set<string>();
    const speakers = new Map<string, StoredRow>();
    for (const c of this.rows) {
      if (c.undoneAt !== null || !isQuoteCorrection(c.kind)) continue;
      const quote = resolve(c, rows);
      if (quote === null) continue;
      if (c.kind === 'quote.reject') rejected.add(quote);
      else speakers.set(quote, c);
    }
    return entries.filter((e) => !rejected.has(e.row.id)).map((e) => {
      const s = speakers.get(e.row.id);
      const row: CorrectedRow = s ? { ...e.row, speakerName: s.speakerName, speakerKey: s.speakerKey, speakerKind: s.speakerKind, corrected: true } : { ...e.row, corrected: false };
      return { ...e, row };
    });
  }
}
