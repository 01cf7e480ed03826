import { DOCUMENT_COLUMNS } from './document-rows.js';

/** The fixed statements a PostgresStore runs. Aliases are quoted where the camelCase must survive. */
export const SQL = {
  hasDocument: 'SELECT 1 FROM documents WHERE id = $1',
  lockDocument: 'SELECT seq FROM documents WHERE id = $1 FOR UPDATE',
  updateLayers: 'UPDATE documents SET layers = $1, messages = $2 WHERE seq = $3',
  // articles_fts rows go with their articles (ON DELETE CASCADE).
  deleteArticles: 'DELETE FROM articles WHERE document_seq = $1',
  deleteQuotes: 'DELETE FROM quotes WHERE document_seq = $1',
  getDocument: `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`,
  documentsAfter: `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`,
  getArticle: `SELECT a.article, ${DOCUMENT_COLUMNS.split(', ').map((c) => `d.${c}`).join(', ')}
    FROM articles a JOIN documents d ON d.seq = a.document_seq WHERE a.id = $1`,
  insertSource: `INSERT INTO sources (sha256, uri, media_type, byte_length, documents, stored_at)
    VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (sha256) DO NOTHING`,
  getSource: 'SELECT sha256, uri, media_type, byte_length::float8 AS byte_length, documents FROM sources WHERE sha256 = $1',
  sourcesAfter: 'SELECT sha256, uri, media_type, byte_length::float8 AS byte_length, documents FROM sources WHERE sha256 > $1 ORDER BY sha256 LIMIT $2',
  counts: `SELECT (SELECT count(*) FROM documents)::integer AS documents, (SELECT count(*) FROM articles)::integer AS articles,
    (SELECT count(*) FROM sources)::integer AS sources, (SELECT min(date) FROM articles) AS "firstDate", (SELECT max(date) FROM articles) AS "lastDate"`,
  outlets: `SELECT min(outlet) AS outlet, count(*)::integer AS articles FROM articles WHERE outlet_key IS NOT NULL
    GROUP BY outlet_key ORDER BY count(*) DESC, outlet_key`,
  mediaTypes: `SELECT media_type AS "mediaType", count(*)::integer AS documents FROM documents
    GROUP BY media_type ORDER BY count(*) DESC, media_type`,
} as const;
