import type pg from 'pg';
import type { Article } from '../../core/article.js';
import type { CopyMember, CopyPair } from '../../core/copy.js';
import type { CopyBacklogItem, CopyIndex, CopyIndexBatch, CopyLink, CopyLookup, CopyMemberRow, CopyPairQuery, StoredCopyEntry } from '../copies/copy-index.js';
import { pairColumns, push, sameArticles, signatureBytes } from '../copies/copy-rows.js';
import type { Document } from '../../core/document.js';

type Transaction = <T>(body: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

const MEMBERS = `SELECT m.article, m.cluster, m.rank, m.date, e.title, e.outlet FROM copy_members m LEFT JOIN copy_entries e ON e.article = m.article`;
const BACKLOG = "d.seq, d.id, d.text, (d.layers::json -> 'articles')::text AS articles";
const PAIR_COLUMNS = 'id, a_article, a_start, a_end, b_article, b_start, b_end, similarity, match, direction, kind, pair';

/** The text is bytea (PostgreSQL text cannot hold U+0000, see migration 001). */
interface BacklogRow { seq: string; id: string; text: Buffer; articles: string | null }

/** Removes entries (their band, paragraph and body rows too) found by `where` over copy_entries. */
async function removeEntries(client: pg.PoolClient, where: string, values: unknown[], pairsToo: boolean): Promise<void> {
  const { rows } = await client.query<{ entry: string; article: string; band_keys: number[]; paragraph_hashes: string[] }>(
    `DELETE FROM copy_entries WHERE ${where} RETURNING entry, article, band_keys, paragraph_hashes`, values);
  if (rows.length === 0) return;
  const bands = rows.flatMap((r) => r.band_keys.map((k) => [k, r.entry] as const));
  const hashes = rows.flatMap((r) => r.paragraph_hashes.map((h) => [h, r.entry] as const));
  await client.query('DELETE FROM copy_bands b USING unnest($1::integer[], $2::bigint[]) AS x(k, e) WHERE b.band_key = x.k AND b.entry = x.e', [bands.map((x) => x[0]), bands.map((x) => x[1])]);
  await client.query('DELETE FROM copy_paragraphs p USING unnest($1::text[], $2::bigint[]) AS x(h, e) WHERE p.hash = x.h AND p.entry = x.e', [hashes.map((x) => x[0]), hashes.map((x) => x[1])]);
  await client.query('DELETE FROM copy_bodies WHERE entry = ANY($1::bigint[])', [rows.map((r) => r.entry)]);
  if (pairsToo) await client.query('DELETE FROM copy_pairs WHERE a_article = ANY($1::text[]) OR b_article = ANY($1::text[])', [rows.map((r) => r.article)]);
}

/** The copy index in PostgreSQL (tables of migrations 005 and 007); array parameters keep each lookup and each write one round trip. */
export class PgCopyIndex implements CopyIndex {
  constructor(private readonly pool: pg.Pool, private readonly transaction: Transaction) {}

  /**
   * The backlog is read under a SHARE lock on documents. Identity values are handed out before a
   * writer commits, so without it a writer holding seq 10 could commit after seq 11 was read and
   * the watermark moved past 10, and document 10 would never be indexed. The lock waits for
   * writers in flight (an INSERT holds ROW EXCLUSIVE from before it takes its seq) and holds new
   * ones back for the read only: every seq up to the last one read is then committed, and later
   * ones are larger.
   */
  async copyBacklog(limit: number): Promise<CopyBacklogItem[]> {
    const item = (stale: boolean) => (r: BacklogRow): CopyBacklogItem => ({ seq: Number(r.seq), document: r.id, text: r.text.toString('utf8'), articles: r.articles === null ? [] : JSON.parse(r.articles) as Article[], stale });
    return this.transaction(async (client) => {
      await client.query('LOCK TABLE documents IN SHARE MODE');
      const stale = (await client.query<BacklogRow>(`SELECT ${BACKLOG} FROM copy_stale s JOIN documents d ON d.id = s.document ORDER BY d.seq LIMIT $1`, [limit])).rows.map(item(true));
      if (stale.length >= limit) return stale;
      const { rows } = await client.query<BacklogRow>(
        `SELECT ${BACKLOG} FROM documents d WHERE d.seq > (SELECT watermark FROM copy_state WHERE id = 1) ORDER BY d.seq LIMIT $1`, [limit - stale.length]);
      return [...stale, ...rows.map(item(false))];
    });
  }

  /** Inside replaceDocument's transaction, before the update: if the document was indexed and its articles change, the next run re-indexes it. */
  async noteReplacement(client: pg.PoolClient, doc: Document, seq: string | number): Promise<void> {
    const { rows } = await client.query<{ articles: string | null }>("SELECT (layers::json -> 'articles')::text AS articles FROM documents WHERE seq = $1", [seq]);
    if (rows[0] && sameArticles(rows[0].articles, doc.layers.articles)) return;
    await client.query('INSERT INTO copy_stale (document) SELECT $1 WHERE $2 <= (SELECT watermark FROM copy_state WHERE id = 1) ON CONFLICT DO NOTHING', [doc.id, seq]);
  }

  async copyLookup(bands: readonly number[], hashes: readonly string[], cap: number): Promise<CopyLookup> {
    const out = { bands: new Map<number, string[]>(), paragraphs: new Map<string, { count: number; articles: string[] }>() };
    const b = await this.pool.query<{ k: number; article: string }>(
      'SELECT b.band_key AS k, e.article FROM copy_bands b JOIN copy_entries e ON e.entry = b.entry WHERE b.band_key = ANY($1::integer[])', [[...new Set(bands)]]);
    for (const r of b.rows) push(out.bands, r.k, r.article);
    const c = await this.pool.query<{ hash: string; n: number }>(
      'SELECT h AS hash, (SELECT count(*)::integer FROM (SELECT 1 FROM copy_paragraphs p WHERE p.hash = h LIMIT $2) x) AS n FROM unnest($1::text[]) AS h', [[...new Set(hashes)], cap]);
    const rare = c.rows.filter((r) => r.n > 0 && r.n < cap).map((r) => r.hash);
    for (const r of c.rows) if (r.n > 0) out.paragraphs.set(r.hash, { count: r.n, articles: [] });
    if (rare.length > 0) {
      const p = await this.pool.query<{ hash: string; article: string }>('SELECT p.hash, e.article FROM copy_paragraphs p JOIN copy_entries e ON e.entry = p.entry WHERE p.hash = ANY($1::text[])', [rare]);
      for (const r of p.rows) out.paragraphs.get(r.hash)!.articles.push(r.article);
    }
    return out;
  }

  async copyEntries(articles: readonly string[]): Promise<StoredCopyEntry[]> {
    if (articles.length === 0) return [];
    const { rows } = await this.pool.query<StoredCopyEntry>(
      'SELECT e.article, e.document, e.title, e.date, e.outlet, e.words, b.body FROM copy_entries e JOIN copy_bodies b ON b.entry = e.entry WHERE e.article = ANY($1::text[])', [articles]);
    return rows;
  }

  async putCopyIndex(batch: CopyIndexBatch): Promise<void> {
    await this.transaction(async (client) => {
      if (batch.replaced && batch.replaced.length > 0) {
        await removeEntries(client, 'document = ANY($1::text[])', [batch.replaced], true);
        await client.query('DELETE FROM copy_stale WHERE document = ANY($1::text[])', [batch.replaced]);
      }
      const rows = batch.rows;
      if (rows.length > 0) {
        await removeEntries(client, 'article = ANY($1::text[])', [rows.map((r) => r.article)], false);
        const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
        const { rows: keys } = await client.query<{ entry: string; article: string }>(`INSERT INTO copy_entries (article, document, title, date, outlet, words, signature, band_keys, paragraph_hashes)
          SELECT a, d, t, dt, o, w, s, string_to_array(bk, ',')::integer[], string_to_array(ph, ',')::text[]
          FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::bytea[], $8::text[], $9::text[]) AS x(a, d, t, dt, o, w, s, bk, ph)
          RETURNING entry, article`,
        [col((r) => r.article), col((r) => r.document), col((r) => r.title), col((r) => r.date), col((r) => r.outlet), col((r) => r.words), col((r) => signatureBytes(r.signature)),
          col((r) => [...new Set(r.bands)].join(',')), col((r) => [...new Set(r.paragraphHashes)].join(','))]);
        const entryOf = new Map(keys.map((k) => [k.article, k.entry]));
        const bands = rows.flatMap((r) => [...new Set(r.bands)].map((k) => [k, entryOf.get(r.article)!] as const));
        const hashes = rows.flatMap((r) => [...new Set(r.paragraphHashes)].map((h) => [h, entryOf.get(r.article)!] as const));
        await client.query('INSERT INTO copy_bodies (entry, body) SELECT * FROM unnest($1::bigint[], $2::bytea[])', [col((r) => entryOf.get(r.article)!), col((r) => Buffer.from(r.body))]);
        await client.query('INSERT INTO copy_bands (band_key, entry) SELECT * FROM unnest($1::integer[], $2::bigint[])', [bands.map((x) => x[0]), bands.map((x) => x[1])]);
        await client.query('INSERT INTO copy_paragraphs (hash, entry) SELECT * FROM unnest($1::text[], $2::bigint[])', [hashes.map((x) => x[0]), hashes.map((x) => x[1])]);
      }
      for (const p of batch.pairs) {
        await client.query(`INSERT INTO copy_pairs (${PAIR_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO UPDATE SET pair = EXCLUDED.pair, kind = EXCLUDED.kind`, pairColumns(p));
      }
      await client.query('UPDATE copy_state SET watermark = greatest(watermark, $1) WHERE id = 1', [batch.watermark]);
    });
  }

  async copyLinks(): Promise<CopyLink[]> {
    const { rows } = await this.pool.query<{ a: string; b: string; kind: string; aDate: string | null; bDate: string | null }>(
      `SELECT p.a_article AS a, p.b_article AS b, p.kind, ea.date AS "aDate", eb.date AS "bDate" FROM copy_pairs p
       LEFT JOIN copy_entries ea ON ea.article = p.a_article LEFT JOIN copy_entries eb ON eb.article = p.b_article ORDER BY p.seq`);
    return rows.map(({ kind, ...r }) => ({ ...r, strong: kind !== 'partial' }));
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
