import type Database from 'better-sqlite3';
import { TRIGRAM } from './quote-text-filter.js';

/**
 * Reading a quote through the trigram index costs about ten times what the scan spends on one
 * quote (a row lookup against a sequential read: 121 ms for 15k hits, 250 ms to scan 277k
 * quotes at 100k articles). So the index is used while the hits it can return stay under a
 * tenth of the quotes, and a common word ("the": 230k hits) is scanned as before.
 */
const LOOKUP_COST = 10;
/** At most this many trigrams of the query are looked up: each lookup reads that trigram's list. */
const MAX_TRIGRAMS = 6;

/** Whether the text filter should read quotes_fts: a bound on its hits from the index's vocabulary. */
export class QuoteTextPlan {
  private readonly docs: Database.Statement;
  private readonly quotes: Database.Statement;

  constructor(db: Database.Database) {
    this.docs = db.prepare('SELECT doc FROM quotes_fts_vocab WHERE term = ?');
    this.quotes = db.prepare('SELECT coalesce(max(seq), 0) AS n FROM quotes');
  }

  useIndex(text: string | undefined): boolean {
    if (text === undefined) return false;
    const chars = [...text];
    if (chars.length < TRIGRAM) return false;
    const trigrams = [...new Set(chars.slice(0, chars.length - TRIGRAM + 1).map((_, i) => chars.slice(i, i + TRIGRAM).join('')))];
    let hits = Infinity;
    for (const trigram of trigrams.slice(0, MAX_TRIGRAMS)) {
      const row = this.docs.get(trigram) as { doc: number } | undefined;
      hits = Math.min(hits, row?.doc ?? 0);
      if (hits === 0) return true;
    }
    return hits * LOOKUP_COST < (this.quotes.get() as { n: number }).n;
  }
}
