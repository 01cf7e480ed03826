import type Database from 'better-sqlite3';
import { TRIGRAM } from './quote-text-filter.js';

/**
 * Reading a quote through the trigram index costs about ten times what the scan spends on one
 * quote (a row lookup against a sequential read: 121 ms for 15k hits, 250 ms to scan 277k
 * quotes at 100k articles). The scan, in date order, stops once it has the rows asked for (a
 * page of 20, a count capped at 1,001); the index reads every hit when the rows are sorted (a
 * page) and up to the cap otherwise. Each read picks the cheaper, with the hits bounded from
 * above by the index's vocabulary: a common word ("the": 230k hits) is scanned as before.
 */
const LOOKUP_COST = 10;
/** At most this many trigrams of the query are looked up: each lookup reads that trigram's list. */
const MAX_TRIGRAMS = 6;

/** What a read needs: `rows` before it can stop (none: every match), `sorted` when it orders every match (a page). */
export interface QuoteTextNeed { readonly rows?: number; readonly sorted: boolean }

/** Whether the text filter should read quotes_fts: a bound on its hits from the index's vocabulary. */
export class QuoteTextPlan {
  private readonly docs: Database.Statement;
  private readonly quotes: Database.Statement;

  constructor(db: Database.Database) {
    this.docs = db.prepare('SELECT doc FROM quotes_fts_vocab WHERE term = ?');
    this.quotes = db.prepare('SELECT coalesce(max(seq), 0) AS n FROM quotes');
  }

  useIndex(text: string | undefined, need: QuoteTextNeed): boolean {
    if (text === undefined) return false;
    // The trigram tokenizer folds case, so its vocabulary holds lower-case trigrams only.
    const chars = [...text.toLowerCase()];
    if (chars.length < TRIGRAM) return false;
    const trigrams = [...new Set(chars.slice(0, chars.length - TRIGRAM + 1).map((_, i) => chars.slice(i, i + TRIGRAM).join('')))];
    let hits = Infinity;
    for (const trigram of trigrams.slice(0, MAX_TRIGRAMS)) {
      const row = this.docs.get(trigram) as { doc: number } | undefined;
      hits = Math.min(hits, row?.doc ?? 0);
      if (hits === 0) return true;
    }
    const quotes = (this.quotes.get() as { n: number }).n;
    const scan = need.rows === undefined ? quotes : quotes * Math.min(1, need.rows / hits);
    const index = LOOKUP_COST * (need.sorted || need.rows === undefined ? hits : Math.min(hits, need.rows));
    return index < scan;
  }
}
