import type Database from 'better-sqlite3';
import { DOCUMENT_COLUMNS } from './document-row.js';

/** The fixed statements a SqliteStore runs, prepared once per connection. */
const SQL = {
  insertDocument: `INSERT INTO documents
    (id, uri, media_type, sha256, byte_length, encoding, url, origin, text, source_map, hints, blocks, layers, messages, stored_at)
    VALUES (@id, @uri, @media_type, @sha256, @byte_length, @encoding, @url, @origin, @text, @source_map, @hints, @blocks, @layers, @messages, @stored_at)
    ON CONFLICT (id) DO NOTHING`,
  insertArticle: `INSERT INTO articles
    (id, document_seq, document, ordinal, span_start, span_end, title, date, outlet, outlet_key, author, url, article)
    VALUES (@id, @document_seq, @document, @ordinal, @start, @end, @title, @date, @outlet, @outlet_key, @author, @url, @article)`,
  insertFts: 'INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)',
  insertQuote: `INSERT INTO quotes
    (id, document_seq, document, article, ordinal, span_start, span_end, text, kind, speaker_name, speaker_key, speaker_kind, confidence, rule, title, date, outlet, outlet_key)
    VALUES (@id, @document_seq, @document, @article, @ordinal, @start, @end, @text, @kind, @speakerName, @speakerKey, @speakerKind, @confidence, @rule, @title, @date, @outlet, @outletKey)`,
  hasDocument: 'SELECT 1 FROM documents WHERE id = ?',
  documentSeq: 'SELECT seq FROM documents WHERE id = ?',
  updateLayers: 'UPDATE documents SET layers = ?, messages = ? WHERE seq = ?',
  deleteFts: 'DELETE FROM articles_fts WHERE rowid IN (SELECT seq FROM articles WHERE document_seq = ?)',
  deleteArticles: 'DELETE FROM articles WHERE document_seq = ?',
  deleteQuotes: 'DELETE FROM quotes WHERE document_seq = ?',
  getDocument: `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`,
  documentsAfter: `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`,
  getArticle: `SELECT a.article, ${DOCUMENT_COLUMNS.split(', ').map((c) => `d.${c}`).join(', ')}
    FROM articles a JOIN documents d ON d.seq = a.document_seq WHERE a.id = ?`,
  insertSource: `INSERT INTO sources (sha256, uri, media_type, byte_length, documents, stored_at)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
  getSource: 'SELECT sha256, uri, media_type, byte_length, documents FROM sources WHERE sha256 = ?',
  sourcesAfter: 'SELECT sha256, uri, media_type, byte_length, documents FROM sources WHERE sha256 > ? ORDER BY sha256 LIMIT ?',
  counts: `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM sources) AS sources, (SELECT min(date) FROM articles) AS firstDate, (SELECT max(date) FROM articles) AS lastDate`,
  outlets: `SELECT min(outlet) AS outlet, count(*) AS articles FROM articles WHERE outlet_key IS NOT NULL
    GROUP BY outlet_key ORDER BY articles DESC, outlet_key`,
  mediaTypes: `SELECT media_type AS mediaType, count(*) AS documents FROM documents
    GROUP BY media_type ORDER BY documents DESC, media_type`,
};

export type Statements = { readonly [K in keyof typeof SQL]: Database.Statement };

export function prepareStatements(db: Database.Database): Statements {
  return Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Statements;
}
