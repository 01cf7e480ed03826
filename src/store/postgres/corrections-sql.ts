import type pg from 'pg';
import type { Correction, CorrectionQuery, NewCorrection } from '../../core/correction.js';
import type { CorrectionRow } from '../correction-check.js';
import { correctionRow, isQuoteCorrection, rowToCorrection, unknownQuote } from '../correction-check.js';

/** The quotes table as users corrected it: the same rules as SQLite's (see sqlite/corrections-sql.ts). */
export const CORRECTED_QUOTES = `(WITH fix AS MATERIALIZED (
    SELECT c.seq, c.kind, c.speaker_name, c.speaker_key, c.speaker_kind,
      CASE WHEN c.anchor_document IS NULL THEN c.target ELSE (
        SELECT aq.id FROM documents ad JOIN quotes aq ON aq.document_seq = ad.seq
        WHERE ad.id = c.anchor_document AND ((aq.span_start < c.anchor_end AND aq.span_end > c.anchor_start)
          OR (aq.span_start = c.anchor_start AND aq.span_end = c.anchor_end))
        ORDER BY (aq.span_start = c.anchor_start AND aq.span_end = c.anchor_end) DESC,
          least(aq.span_end, c.anchor_end) - greatest(aq.span_start, c.anchor_start) DESC, aq.ordinal
        LIMIT 1) END AS quote
    FROM corrections c WHERE c.undone_at IS NULL AND c.kind IN ('quote.speaker', 'quote.reject')),
  rejected AS MATERIALIZED (SELECT DISTINCT quote FROM fix WHERE kind = 'quote.reject' AND quote IS NOT NULL),
  speaker AS MATERIALIZED (SELECT DISTINCT ON (quote) quote, speaker_name, speaker_key, speaker_kind FROM fix
    WHERE kind = 'quote.speaker' AND quote IS NOT NULL ORDER BY quote, seq DESC)
  SELECT cq.seq, cq.id, cq.document_seq, cq.document, cq.article, cq.ordinal, cq.span_start, cq.span_end, cq.text, cq.kind,
    CASE WHEN s.quote IS NULL THEN cq.speaker_name ELSE s.speaker_name END AS speaker_name,
    CASE WHEN s.quote IS NULL THEN cq.speaker_key ELSE s.speaker_key END AS speaker_key,
    CASE WHEN s.quote IS NULL THEN cq.speaker_kind ELSE s.speaker_kind END AS speaker_kind,
    s.quote IS NOT NULL AS corrected, cq.confidence, cq.rule, cq.title, cq.date, cq.outlet, cq.outlet_key
  FROM quotes cq LEFT JOIN speaker s ON s.quote = cq.id LEFT JOIN rejected r ON r.quote = cq.id
  WHERE r.quote IS NULL)`;

const COLUMNS = `id, kind, target, anchor_document AS "anchorDocument", anchor_start AS "anchorStart", anchor_end AS "anchorEnd",
  value, speaker_name AS "speakerName", speaker_key AS "speakerKey", speaker_kind AS "speakerKind", note, author,
  created_at AS "createdAt", undone_at AS "undoneAt"`;

const INSERT = `WITH s AS (SELECT nextval(pg_get_serial_sequence('corrections', 'seq')) AS seq)
  INSERT INTO corrections (seq, id, kind, target, anchor_document, anchor_start, anchor_end, value, speaker_name, speaker_key, speaker_kind, note, author, created_at)
  OVERRIDING SYSTEM VALUE SELECT s.seq, 'c_' || s.seq, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 FROM s
  RETURNING ${COLUMNS}`;

type StoredRow = CorrectionRow & { id: string; createdAt: string; undoneAt: string | null };
type AnchorCols = Pick<CorrectionRow, 'anchorDocument' | 'anchorStart' | 'anchorEnd'>;

/** The corrections of a PostgresStore: one statement each, never deleted. */
export class PgCorrections {
  constructor(private readonly pool: pg.Pool) {}

  async add(correction: NewCorrection): Promise<Correction> {
    const row = correctionRow(correction);
    const anchor = row.anchorDocument !== null || !isQuoteCorrection(row.kind) ? null : await this.quoteAnchor(row.target);
    const r = anchor ? { ...row, ...anchor } : row;
    const { rows } = await this.pool.query<StoredRow>(INSERT, [r.kind, r.target, r.anchorDocument, r.anchorStart, r.anchorEnd, r.value,
      r.speakerName, r.speakerKey, r.speakerKind, r.note, r.author, new Date().toISOString()]);
    return rowToCorrection(rows[0]!);
  }

  private async quoteAnchor(id: string): Promise<AnchorCols> {
    const { rows } = await this.pool.query<AnchorCols>(`SELECT document AS "anchorDocument", span_start AS "anchorStart",
      span_end AS "anchorEnd" FROM quotes WHERE id = $1`, [id]);
    if (!rows[0]) throw unknownQuote(id);
    return rows[0];
  }

  async undo(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE corrections SET undone_at = $1 WHERE id = $2 AND undone_at IS NULL', [new Date().toISOString(), id]);
    return (rowCount ?? 0) > 0;
  }

  async list(query: CorrectionQuery = {}): Promise<Correction[]> {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (query.kind !== undefined) clauses.push(`kind = $${values.push(query.kind)}`);
    if (query.target !== undefined) clauses.push(`target = $${values.push(query.target)}`);
    if (query.includeUndone !== true) clauses.push('undone_at IS NULL');
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    return (await this.pool.query<StoredRow>(`SELECT ${COLUMNS} FROM corrections ${where} ORDER BY seq`, values)).rows.map(rowToCorrection);
  }
}
