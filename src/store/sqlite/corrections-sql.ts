import type Database from 'better-sqlite3';
import type { Correction, CorrectionQuery, NewCorrection } from '../../core/correction.js';
import type { CorrectionRow } from '../correction-check.js';
import { correctionRow, isQuoteCorrection, rowToCorrection, unknownQuote } from '../correction-check.js';

/**
 * The quotes table as users corrected it, for every quote read (listQuotes, countQuotes,
 * listSpeakers). Each active quote correction finds its quote by its anchor: the quote of that
 * document with the same span, else the one overlapping it most; a correction without an anchor
 * uses its target id. A rejected quote is left out; the latest speaker change replaces the
 * pipeline's speaker and sets `corrected`. Undone corrections are ignored, so undo restores.
 */
export const CORRECTED_QUOTES = `(WITH fix AS MATERIALIZED (
    SELECT c.seq, c.kind, c.speaker_name, c.speaker_key, c.speaker_kind,
      CASE WHEN c.anchor_document IS NULL THEN c.target ELSE (
        SELECT aq.id FROM documents ad JOIN quotes aq ON aq.document_seq = ad.seq
        WHERE ad.id = c.anchor_document AND ((aq.span_start < c.anchor_end AND aq.span_end > c.anchor_start)
          OR (aq.span_start = c.anchor_start AND aq.span_end = c.anchor_end))
        ORDER BY (aq.span_start = c.anchor_start AND aq.span_end = c.anchor_end) DESC,
          min(aq.span_end, c.anchor_end) - max(aq.span_start, c.anchor_start) DESC, aq.ordinal
        LIMIT 1) END AS quote
    FROM corrections c WHERE c.undone_at IS NULL AND c.kind IN ('quote.speaker', 'quote.reject')),
  rejected AS MATERIALIZED (SELECT DISTINCT quote FROM fix WHERE kind = 'quote.reject' AND quote IS NOT NULL),
  speaker AS MATERIALIZED (SELECT quote, speaker_name, speaker_key, speaker_kind, max(seq) AS seq FROM fix
    WHERE kind = 'quote.speaker' AND quote IS NOT NULL GROUP BY quote)
  SELECT cq.seq, cq.id, cq.document_seq, cq.document, cq.article, cq.ordinal, cq.span_start, cq.span_end, cq.text, cq.kind,
    CASE WHEN cq.id IN (SELECT quote FROM speaker) THEN (SELECT speaker_name FROM speaker WHERE quote = cq.id) ELSE cq.speaker_name END AS speaker_name,
    CASE WHEN cq.id IN (SELECT quote FROM speaker) THEN (SELECT speaker_key FROM speaker WHERE quote = cq.id) ELSE cq.speaker_key END AS speaker_key,
    CASE WHEN cq.id IN (SELECT quote FROM speaker) THEN (SELECT speaker_kind FROM speaker WHERE quote = cq.id) ELSE cq.speaker_kind END AS speaker_kind,
    cq.id IN (SELECT quote FROM speaker) AS corrected, cq.confidence, cq.rule, cq.title, cq.date, cq.outlet, cq.outlet_key
  FROM quotes cq WHERE cq.id NOT IN (SELECT quote FROM rejected))`;

const COLUMNS = `id, kind, target, anchor_document AS anchorDocument, anchor_start AS anchorStart, anchor_end AS anchorEnd,
  value, speaker_name AS speakerName, speaker_key AS speakerKey, speaker_kind AS speakerKind, note, author,
  created_at AS createdAt, undone_at AS undoneAt`;

type StoredRow = CorrectionRow & { id: string; createdAt: string; undoneAt: string | null };

/** The corrections of a SqliteStore: written in one IMMEDIATE transaction each, never deleted. */
export class SqliteCorrections {
  constructor(private readonly db: Database.Database) {}

  add(correction: NewCorrection): Correction {
    const row = correctionRow(correction);
    return this.db.transaction((): Correction => {
      const anchor = row.anchorDocument !== null || !isQuoteCorrection(row.kind) ? null : this.quoteAnchor(row.target);
      const full = anchor ? { ...row, ...anchor } : row;
      const { lastInsertRowid } = this.db.prepare(`INSERT INTO corrections
        (id, kind, target, anchor_document, anchor_start, anchor_end, value, speaker_name, speaker_key, speaker_kind, note, author, created_at)
        VALUES ('c_' || (SELECT coalesce(max(seq), 0) + 1 FROM corrections), @kind, @target, @anchorDocument, @anchorStart, @anchorEnd,
          @value, @speakerName, @speakerKey, @speakerKind, @note, @author, @createdAt)`).run({ ...full, createdAt: new Date().toISOString() });
      this.db.prepare("UPDATE corrections SET id = 'c_' || seq WHERE seq = ?").run(lastInsertRowid);
      return rowToCorrection(this.db.prepare(`SELECT ${COLUMNS} FROM corrections WHERE seq = ?`).get(lastInsertRowid) as StoredRow);
    }).immediate();
  }

  /** Where the target quote is now: a correction made by id is pinned to its characters. */
  private quoteAnchor(id: string): Pick<CorrectionRow, 'anchorDocument' | 'anchorStart' | 'anchorEnd'> {
    const found = this.db.prepare(`SELECT document AS anchorDocument, span_start AS anchorStart, span_end AS anchorEnd
      FROM quotes WHERE id = ?`).get(id) as Pick<CorrectionRow, 'anchorDocument' | 'anchorStart' | 'anchorEnd'> | undefined;
    if (!found) throw unknownQuote(id);
    return found;
  }

  undo(id: string): boolean {
    return this.db.prepare('UPDATE corrections SET undone_at = ? WHERE id = ? AND undone_at IS NULL').run(new Date().toISOString(), id).changes > 0;
  }

  list(query: CorrectionQuery = {}): Correction[] {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (query.kind !== undefined) { clauses.push('kind = ?'); params.push(query.kind); }
    if (query.target !== undefined) { clauses.push('target = ?'); params.push(query.target); }
    if (query.includeUndone !== true) clauses.push('undone_at IS NULL');
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    return (this.db.prepare(`SELECT ${COLUMNS} FROM corrections ${where} ORDER BY seq`).all(...params) as StoredRow[]).map(rowToCorrection);
  }
}
