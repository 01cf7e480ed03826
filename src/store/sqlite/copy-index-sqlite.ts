import type Database from 'better-sqlite3';
import type { Article } from '../../core/article.js';
import type { CopyMember, CopyPair } from '../../core/copy.js';
import type { CopyBacklogItem, CopyIndex, CopyIndexBatch, CopyIndexRow, CopyLink, CopyLookup, CopyMemberRow, CopyPairQuery, StoredCopyEntry } from '../copies/copy-index.js';
import { bandBytes, bandsOfBytes, pairColumns, push, sameArticles, signatureBytes } from '../copies/copy-rows.js';
import type { Document } from '../../core/document.js';

const WATERMARK = '(SELECT watermark FROM copy_state WHERE id = 1)';
const BACKLOG = "seq, id, text, json_extract(layers, '$.articles') AS articles";
const IN_JSON = 'IN (SELECT value FROM json_each(?))';

const SQL = {
  stale: `SELECT ${BACKLOG} FROM copy_stale s JOIN documents d ON d.id = s.document ORDER BY d.seq LIMIT ?`,
  backlog: `SELECT ${BACKLOG} FROM documents WHERE seq > ${WATERMARK} ORDER BY seq LIMIT ?`,
  markStale: `INSERT OR IGNORE INTO copy_stale (document) SELECT ? WHERE ? <= ${WATERMARK}`,
  storedArticles: "SELECT json_extract(layers, '$.articles') AS articles FROM documents WHERE seq = ?",
  bands: `SELECT b.band_key AS k, e.article FROM copy_bands b JOIN copy_entries e ON e.entry = b.entry WHERE b.band_key ${IN_JSON}`,
  hashCounts: 'SELECT j.value AS hash, (SELECT count(*) FROM (SELECT 1 FROM copy_paragraphs p WHERE p.hash = j.value LIMIT ?)) AS n FROM json_each(?) j',
  hashArticles: `SELECT p.hash, e.article FROM copy_paragraphs p JOIN copy_entries e ON e.entry = p.entry WHERE p.hash ${IN_JSON}`,
  entries: `SELECT e.article, e.document, e.title, e.date, e.outlet, e.words, b.body FROM copy_entries e JOIN copy_bodies b ON b.entry = e.entry WHERE e.article ${IN_JSON}`,
  entryOf: 'SELECT entry, article, band_keys, paragraph_hashes FROM copy_entries WHERE article = ?',
  entriesOfDocument: 'SELECT entry, article, band_keys, paragraph_hashes FROM copy_entries WHERE document = ?',
  deleteBand: 'DELETE FROM copy_bands WHERE band_key = ? AND entry = ?',
  deleteParagraph: 'DELETE FROM copy_paragraphs WHERE hash = ? AND entry = ?',
  deleteBody: 'DELETE FROM copy_bodies WHERE entry = ?',
  deleteEntry: 'DELETE FROM copy_entries WHERE entry = ?',
  deletePairsOf: 'DELETE FROM copy_pairs WHERE a_article = ? OR b_article = ?',
  unmarkStale: 'DELETE FROM copy_stale WHERE document = ?',
  insertEntry: `INSERT INTO copy_entries (article, document, title, date, outlet, words, signature, band_keys, paragraph_hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertBody: 'INSERT INTO copy_bodies (entry, body) VALUES (?, ?)',
  insertPair: `INSERT OR REPLACE INTO copy_pairs (id, a_article, a_start, a_end, b_article, b_start, b_end, similarity, match, direction, kind, pair)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  watermark: 'UPDATE copy_state SET watermark = max(watermark, ?) WHERE id = 1',
  links: `SELECT p.a_article AS a, p.b_article AS b, p.kind, ea.date AS aDate, eb.date AS bDate FROM copy_pairs p
    LEFT JOIN copy_entries ea ON ea.article = p.a_article LEFT JOIN copy_entries eb ON eb.article = p.b_article ORDER BY p.seq`,
  insertMember: 'INSERT INTO copy_members (article, cluster, rank, date) VALUES (?, ?, ?, ?)',
  stats: `SELECT (SELECT count(*) FROM copy_entries) AS articles, (SELECT count(*) FROM copy_pairs) AS pairs, ${WATERMARK} AS watermark`,
};

const MEMBER_COLUMNS = 'm.article, m.cluster, m.rank, m.date, e.title, e.outlet';

interface EntryKeys { entry: number; article: string; band_keys: Buffer; paragraph_hashes: string }
interface BacklogRow { seq: number; id: string; text: string; articles: string | null }

/** The copy index in SQLite (tables of migrations 005 and 007): batched lookups, multi-row inserts, one transaction a batch. */
export class SqliteCopyIndex implements CopyIndex {
  private readonly stmts: { readonly [K in keyof typeof SQL]: Database.Statement };
  /** Multi-row inserts by row count: a batch writes ~32 band rows an article, one statement each. */
  private readonly multi = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    this.stmts = Object.fromEntries(Object.entries(SQL).map(([k, v]) => [k, db.prepare(v)])) as never;
  }

  async copyBacklog(limit: number): Promise<CopyBacklogItem[]> {
    const item = (stale: boolean) => (r: BacklogRow): CopyBacklogItem => ({ seq: r.seq, document: r.id, text: r.text, articles: r.articles === null ? [] : JSON.parse(r.articles) as Article[], stale });
    const stale = (this.stmts.stale.all(limit) as BacklogRow[]).map(item(true));
    if (stale.length >= limit) return stale;
    return [...stale, ...(this.stmts.backlog.all(limit - stale.length) as BacklogRow[]).map(item(false))];
  }

  /** Called by the store before a document is replaced: if it was indexed and its articles change, the next run re-indexes it. */
  noteReplacement(doc: Document, seq: number): void {
    const stored = this.stmts.storedArticles.get(seq) as { articles: string | null } | undefined;
    if (stored && sameArticles(stored.articles, doc.layers.articles)) return;
    this.stmts.markStale.run(doc.id, seq);
  }

  async copyLookup(bands: readonly number[], hashes: readonly string[], cap: number): Promise<CopyLookup> {
    const out = { bands: new Map<number, string[]>(), paragraphs: new Map<string, { count: number; articles: string[] }>() };
    if (bands.length > 0) for (const r of this.stmts.bands.all(JSON.stringify([...new Set(bands)])) as Array<{ k: number; article: string }>) push(out.bands, r.k, r.article);
    const counts = this.stmts.hashCounts.all(cap, JSON.stringify([...new Set(hashes)])) as Array<{ hash: string; n: number }>;
    const rare = counts.filter((c) => c.n > 0 && c.n < cap);
    for (const c of counts) if (c.n > 0) out.paragraphs.set(c.hash, { count: c.n, articles: [] });
    if (rare.length > 0) for (const r of this.stmts.hashArticles.all(JSON.stringify(rare.map((c) => c.hash))) as Array<{ hash: string; article: string }>) out.paragraphs.get(r.hash)!.articles.push(r.article);
    return out;
  }

  async copyEntries(articles: readonly string[]): Promise<StoredCopyEntry[]> {
    return articles.length === 0 ? [] : this.stmts.entries.all(JSON.stringify(articles)) as StoredCopyEntry[];
  }

  /**
   * Inserts (key, entry) rows sorted by key, 64 a statement. Band keys are random, so each batch
   * touches most pages of the band index; in key order each page is visited once, and a page the
   * cache spills to the WAL is never dirtied again in the same transaction (unsorted, it was
   * written over and over: 19 GB of writes for 100k articles).
   */
  private insertSorted<K extends string | number>(table: 'copy_bands' | 'copy_paragraphs', key: string, rows: Array<[K, number | bigint]>): void {
    rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : Number(x[1]) - Number(y[1])));
    for (let at = 0; at < rows.length; at += 64) {
      const part = rows.slice(at, at + 64);
      const name = `${table}:${part.length}`;
      let stmt = this.multi.get(name);
      if (!stmt) { stmt = this.db.prepare(`INSERT INTO ${table} (${key}, entry) VALUES ${part.map(() => '(?, ?)').join(', ')}`); this.multi.set(name, stmt); }
      stmt.run(part.flat());
    }
  }

  private removeEntry(old: EntryKeys): void {
    for (const k of bandsOfBytes(old.band_keys)) this.stmts.deleteBand.run(k, old.entry);
    for (const h of old.paragraph_hashes === '' ? [] : old.paragraph_hashes.split(' ')) this.stmts.deleteParagraph.run(h, old.entry);
    this.stmts.deleteBody.run(old.entry);
    this.stmts.deleteEntry.run(old.entry);
  }

  /** The entry and body rows of one article (replacing an earlier entry); its band and paragraph rows go to `bands` and `hashes`. */
  private writeRow(r: CopyIndexRow, bands: Array<[number, number | bigint]>, hashes: Array<[string, number | bigint]>): void {
    const old = this.stmts.entryOf.get(r.article) as EntryKeys | undefined;
    if (old) this.removeEntry(old);
    const keys = [...new Set(r.bands)];
    const hs = [...new Set(r.paragraphHashes)];
    const { lastInsertRowid: entry } = this.stmts.insertEntry.run(r.article, r.document, r.title, r.date, r.outlet, r.words, signatureBytes(r.signature), bandBytes(keys), hs.join(' '));
    this.stmts.insertBody.run(entry, r.body);
    for (const k of keys) bands.push([k, entry]);
    for (const h of hs) hashes.push([h, entry]);
  }

  async putCopyIndex(batch: CopyIndexBatch): Promise<void> {
    this.db.transaction(() => {
      for (const document of batch.replaced ?? []) {
        for (const old of this.stmts.entriesOfDocument.all(document) as EntryKeys[]) {
          this.stmts.deletePairsOf.run(old.article, old.article);
          this.removeEntry(old);
        }
        this.stmts.unmarkStale.run(document);
      }
      const bands: Array<[number, number | bigint]> = [], hashes: Array<[string, number | bigint]> = [];
      for (const r of batch.rows) this.writeRow(r, bands, hashes);
      this.insertSorted('copy_bands', 'band_key', bands);
      this.insertSorted('copy_paragraphs', 'hash', hashes);
      for (const p of batch.pairs) this.stmts.insertPair.run(...pairColumns(p));
      this.stmts.watermark.run(batch.watermark);
    }).immediate();
  }

  async copyLinks(): Promise<CopyLink[]> {
    return (this.stmts.links.all() as Array<{ a: string; b: string; kind: string; aDate: string | null; bDate: string | null }>)
      .map(({ kind, ...r }) => ({ ...r, strong: kind !== 'partial' }));
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
    return this.db.prepare(`${base} WHERE m.article ${IN_JSON} ORDER BY m.cluster, m.rank`).all(JSON.stringify(articles)) as CopyMemberRow[];
  }

  async copyIndexStats(): Promise<{ articles: number; pairs: number; watermark: number }> {
    return this.stmts.stats.get() as { articles: number; pairs: number; watermark: number };
  }
}
