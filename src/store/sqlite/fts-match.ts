import type { SearchNode } from '../search/search-query.js';

/**
 * Writes a parsed query as an FTS5 MATCH expression. Each term goes in as a quoted string
 * (inner quotes doubled) so FTS5 tokenizes it exactly like the indexed text, and nothing the
 * user typed is read as FTS5 syntax: column filters, NEAR, ^ and stray operators stay words.
 */
export function ftsMatch(node: SearchNode): string {
  switch (node.kind) {
    case 'term':
      return `"${node.text.replace(/"/g, '""')}"${node.prefix ? '*' : ''}`;
    case 'and':
      return `(${node.children.map(ftsMatch).join(' AND ')})`;
    case 'or':
      return `(${node.children.map(ftsMatch).join(' OR ')})`;
    case 'not':
      return `(${ftsMatch(node.positive)} NOT ${ftsMatch(node.negative)})`;
  }
}
