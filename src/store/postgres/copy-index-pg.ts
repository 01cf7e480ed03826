import type pg from 'pg';
import type { CopyMember, CopyPair } from '../../core/copy.js';
import type { Document } from '../../core/document.js';
import type { CopyCandidate, CopyIndex, CopyIndexBatch, CopyMemberRow, CopyPairQuery } from '../copies/copy-index.js';
import { pairColumns, signatureBytes } from '../copies/copy-rows.js';
import { DOCUMENT_COLUMNS, pgRowToDocument, type PgDocumentRow } from './document-rows.js';

type Transaction = <T>(body: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

const MEMBERS = `SELECT m.article, m.cluster, m.rank, m.date, e.title, e.outlet FROM copy_members m LEFT JOIN copy_entries e ON e.article = m.article`;

/** The copy index in PostgreSQL (tables of migration 004); array parameters keep each lookup one round trip. */
export class PgCopyIndex implements CopyIndex {
  constructor(private readonly pool: pg.Pool, private readonly transaction: Transaction) {}

  async copyBacklog(limit: number): Promise<Array<{ seq: number; document: Document }>> {
    const { rows } = await this.pool.query<PgDocumentRow & { seq: string }>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE seq > (SELECT watermark FROM copy_state WHERE id = 1) ORDER BY seq LIMIT $1`, [limit]);
    return rows.map((row) => ({ seq: Number(row.seq), document: pgRowToDocument(row) }));
  }

  async copyCandidates(bands: readonly number[], hashes: readonly string[], maxParagraphArticles: number): Promise<CopyCandidate[]> {
    const { rows } = await this.pool.query<{ article: string; bands: number; paragraphs: number }>(`
      WITH b AS (SELECT article, count(*)::integer AS n FROM copy_bands WHERE band_key = ANY($1::integer[]) GROUP BY article),
      h AS (SELECT hash FROM copy_paragraphs WHERE hash = ANY($2::text[]) GROUP BY hash HAVING count(*) < $3),
      p AS (SELECT c.article, count(*)::integer AS n FROM copy_paragraphs c JOIN h ON h.hash = c.hash GROUP BY c.article)
      SELECT coalesce(b.article, p.article) AS article, coalesce(b.n, 0) AS bands, coalesce(p.n, 0) AS paragraphs
      FROM b FULL JOIN p ON p.article = b.article`, [bands, hashes, maxParagraphArticles]);
    return rows;
  }

  async paragraphArticleCounts(hashes: readonly string[]): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ hash: string; n: number }>(
      'SELECT hash, count(*)::integer AS n FROM copy_paragraphs WHERE hash = ANY($1::text[]) GROUP BY hash', [hashes]);
    return new Map(rows.map((r) => [r.hash, r.n]));
  }

  async putCopyIndex(batch: CopyIndexBatch): Promise<void> {
    await this.transaction(async (client) => {
      for (const r of batch.rows) {
        await client.query(`INSERT INTO copy_entries (article, document, title, date, outlet, words, signature) VALUES ($1, $2, $3, $4, $5, $6, $7)
          ON CONFLICT (article) DO UPDATE SET signature = EXCLUDED.signature, words = EXCLUDED.words`,
          [r.article, r.document, r.title, r.date, r.outlet, r.words, signatureBytes(r.signature)]);
        await client.query('DELETE FROM copy_bands WHERE article = $1', [r.article]);
        await client.query('DELETE FROM copy_paragraphs WHERE article = $1', [r.article]);
        await client.query('INSERT INTO copy_bands (band_key, article) SELECT DISTINCT k, $2 FROM unnest($1::integer[]) AS k', [r.bands, r.article]);
        await client.query('INSERT INTO copy_paragraphs (hash, article) SELECT h, $2 FROM unnest($1::text[]) AS h', [r.paragraphHashes, r.article]);
      }
      for (const p of batch.pairs) {
        await client.query(`INSERT INTO copy_pairs (id, a_article, a_start, a_end, b_article, b_start, b_end, similarity, match, direction, pair)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO UPDATE SET pair = EXCLUDED.pair`, pairColumns(p));
      }
      await client.query('UPDATE copy_state SET watermark = greatest(watermark, $1) WHERE id = 1', [batch.watermark]);
    });
  }

  async copyPairs(query: CopyPairQuery = {}): Promise<CopyPair[]> {
    const { rows } = query.article !== undefined
      ? await this.pool.query<{ pair: string }>('SELECT pair FROM copy_pairs WHERE a_article = $1 OR b_article = $1 ORDER BY seq', [query.article])
      : query.cluster !== undefined
        ? await this.pool.query<{ pair: string }>('SELECT p.pair FROM copy_pairs p JOIN copy_members m ON m.article = p.a_article WHERE m.cluster = $1 ORDER BY p.seq', [query.cluster])
        : await this.pool.query<{ pair: string }>('SELECT pair FROM copy_pairs ORDER BY seq');
    return rows.map((r) => JSON.parse(r.pair) as CopyPair);
  }

  async replaceCopyMembers(members: readonly CopyMember[]): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM copy_members');
      await client.query(`INSERT INTO copy_members (article, cluster, rank, date)
        SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::text[])`,
        [members.map((m) => m.article), members.map((m) => m.cluster), members.map((m) => m.rank), members.map((m) => m.date)]);
    });
  }

  async copyMembers(articles?: readonly string[]): Promise<CopyMemberRow[]> {
    const { rows } = articles === undefined
      ? await this.pool.query<CopyMemberRow>(`${MEMBERS} ORDER BY m.cluster, m.rank`)
      : await this.pool.query<CopyMemberRow>(`${MEMBERS} WHERE m.article = ANY($1::text[]) ORDER BY m.cluster, m.rank`, [articles]);
    return rows;
  }

  async copyIndexStats(): Promise<{ articles: number; pairs: number; watermark: number }> {
    const { rows } = await this.pool.query<{ articles: number; pairs: number; watermark: string }>(
      'SELECT (SELECT count(*) FROM copy_entries)::integer AS articles, (SELECT count(*) FROM copy_pairs)::integer AS pairs, (SELECT watermark FROM copy_state WHERE id = 1) AS watermark');
    return { ...rows[0]!, watermark: Number(rows[0]!.watermark) };
  }
}
