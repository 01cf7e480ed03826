import type Database from 'better-sqlite3';
import type { CopyMember, CopyPair } from '../../core/copy.js';
import type { Document } from '../../core/document.js';
import type { CopyCandidate, CopyIndex, CopyIndexBatch, CopyMemberRow, CopyPairQuery } from '../copies/copy-index.js';
import { chunks, pairColumns, signatureBytes } from '../copies/copy-rows.js';
import { DOCUMENT_COLUMNS, rowToDocument, type DocumentRow } from './document-row.js';

const SQL = {
  backlog: `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE seq > (SELECT watermark FROM copy_state WHERE id = 1) ORDER BY seq LIMIT ?`,
  insertEntry: `INSERT OR REPLACE INTO copy_entries (article, document, title, date, outlet, words, signature) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  deleteBands: 'DELETE FROM copy_bands WHERE article = ?',
  deleteParagraphs: 'DELETE FROM copy_paragraphs WHERE article = ?',
  insertBand: 'INSERT INTO copy_bands (band_key, article) VALUES (?, ?)',
  insertParagraph: 'INSERT INTO copy_paragraphs (hash, article) VALUES (?, ?)',
  insertPair: `INSERT OR REPLACE INTO copy_pairs (id, a_article, a_start, a_end, b_article, b_start, b_end, similarity, match, direction, pair)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  watermark: 'UPDATE copy_state SET watermark = max(watermark, ?) WHERE id = 1',
  insertMember: 'INSERT INTO copy_members (article, cluster, rank, date) VALUES (?, ?, ?, ?)',
  stats: `SELECT (SELECT count(*) FROM copy_entries) AS articles, (SELECT count(*) FROM copy_pairs) AS pairs, (SELECT watermark FROM copy_state WHERE id = 1) AS watermark`,
};

const MEMBER_COLUMNS = 'm.article, m.cluster, m.rank, m.date, e.title, e.outlet';

/** The copy index in SQLite (tables of migration 004). */
export class SqliteCopyIndex implements CopyIndex {
  private readonly stmts: { readonly [K in keyof typeof SQL]: Database.Statement };

  constructor(private readonly db: Database.Database) {
    this.stmts = Object.fromEntries(Object.entries(SQL).map(([k, v]) => [k, db.prepare(v)])) as never;
  }

  async copyBacklog(limit: number): Promise<Array<{ seq: number; document: Document }>> {
    return (this.stmts.backlog.all(limit) as DocumentRow[]).map((row) => ({ seq: row.seq, document: rowToDocument(row) }));
  }

  async copyCandidates(bands: readonly number[], hashes: readonly string[], maxParagraphArticles: number): Promise<CopyCandidate[]> {
    const found = new Map<string, { bands: number; paragraphs: number }>();
    const hit = (article: string, key: 'bands' | 'paragraphs', n: number) => {
      const c = found.get(article) ?? { bands: 0, paragraphs: 0 };
      c[key] += n;
      found.set(article, c);
    };
    if (bands.length > 0) {
      const rows = this.db.prepare(`SELECT article, count(*) AS n FROM copy_bands WHERE band_key IN (${bands.map(() => '?').join(',')}) GROUP BY article`).all(...bands) as Array<{ article: string; n: number }>;
      for (const r of rows) hit(r.article, 'bands', r.n);
    }
    for (const part of chunks(hashes, 500)) {
      const rows = this.db.prepare(`SELECT hash, article FROM copy_paragraphs WHERE hash IN (${part.map(() => '?').join(',')})`).all(...part) as Array<{ hash: string; article: string }>;
      const perHash = new Map<string, string[]>();
      for (const r of rows) perHash.set(r.hash, [...(perHash.get(r.hash) ?? []), r.article]);
      for (const list of perHash.values()) if (list.length < maxParagraphArticles) for (const a of list) hit(a, 'paragraphs', 1);
    }
    return [...found].map(([article, c]) => ({ article, ...c }));
  }

  async paragraphArticleCounts(hashes: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const part of chunks(hashes, 500)) {
      const rows = this.db.prepare(`SELECT hash, count(*) AS n FROM copy_paragraphs WHERE hash IN (${part.map(() => '?').join(',')}) GROUP BY hash`).all(...part) as Array<{ hash: string; n: number }>;
      for (const r of rows) out.set(r.hash, r.n);
    }
    return out;
  }

  async putCopyIndex(batch: CopyIndexBatch): Promise<void> {
    this.db.transaction(() => {
      for (const r of batch.rows) {
        this.stmts.insertEntry.run(r.article, r.document, r.title, r.date, r.outlet, r.words, signatureBytes(r.signature));
        this.stmts.deleteBands.run(r.article);
        this.stmts.deleteParagraphs.run(r.article);
        for (const k of new Set(r.bands)) this.stmts.insertBand.run(k, r.article);
        for (const h of r.paragraphHashes) this.stmts.insertParagraph.run(h, r.article);
      }
      for (const p of batch.pairs) this.stmts.insertPair.run(...pairColumns(p));
      this.stmts.watermark.run(batch.watermark);
    }).immediate();
  }

  async copyPairs(query: CopyPairQuery = {}): Promise<CopyPair[]> {
    let rows: Array<{ pair: string }>;
    if (query.article !== undefined) rows = this.db.prepare('SELECT pair FROM copy_pairs WHERE a_article = ? OR b_article = ? ORDER BY seq').all(query.article, query.article) as never;
    else if (query.cluster !== undefined) rows = this.db.prepare('SELECT p.pair FROM copy_pairs p JOIN copy_members m ON m.article = p.a_article WHERE m.cluster = ? ORDER BY p.seq').all(query.cluster) as never;
    else rows = this.db.prepare('SELECT pair FROM copy_pairs ORDER BY seq').all() as never;
    return rows.map((r) => JSON.parse(r.pair) as CopyPair);
  }

  async replaceCopyMembers(members: readonly CopyMember[]): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM copy_members').run();
      for (const m of members) this.stmts.insertMember.run(m.article, m.cluster, m.rank, m.date);
    }).immediate();
  }

  async copyMembers(articles?: readonly string[]): Promise<CopyMemberRow[]> {
    const base = `SELECT ${MEMBER_COLUMNS} FROM copy_members m LEFT JOIN copy_entries e ON e.article = m.article`;
    if (articles === undefined) return this.db.prepare(`${base} ORDER BY m.cluster, m.rank`).all() as CopyMemberRow[];
    return chunks(articles, 500).flatMap((part) =>
      this.db.prepare(`${base} WHERE m.article IN (${part.map(() => '?').join(',')}) ORDER BY m.cluster, m.rank`).all(...part) as CopyMemberRow[]);
  }

  async copyIndexStats(): Promise<{ articles: number; pairs: number; watermark: number }> {
    return this.stmts.stats.get() as { articles: number; pairs: number; watermark: number };
  }
}
