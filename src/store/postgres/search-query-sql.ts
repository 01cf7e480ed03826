import type { SearchNode } from '../search/search-query.js';
import { positiveTerms } from '../search/search-query.js';
import { quoteLexeme } from './search-vector.js';

/**
 * Writes a parsed query as tsquery text, passed as a parameter and cast with `::tsquery`. Each
 * token is a quoted lexeme already folded by the shared tokenizer, so nothing the user typed is
 * read as tsquery syntax, and the lexemes are taken as they are: to_tsquery would run them
 * through a text search configuration a second time. A phrase is its tokens joined by `<->`;
 * a prefix applies to the phrase's last token, as in FTS5.
 */
export function tsQuery(node: SearchNode): string {
  switch (node.kind) {
    case 'term':
      return phrase(node.tokens, node.prefix);
    case 'and':
      return `(${node.children.map(tsQuery).join(' & ')})`;
    case 'or':
      return `(${node.children.map(tsQuery).join(' | ')})`;
    case 'not':
      return `(${tsQuery(node.positive)} & !${tsQuery(node.negative)})`;
  }
}

/** The query, restricted to matches with one of its words in the title (weight A). */
export function titleTsQuery(node: SearchNode): string {
  return `(${tsQuery(node)}) & (${positiveTerms(node).map((t) => phrase(t.tokens, t.prefix, 'A')).join(' | ')})`;
}

function phrase(tokens: readonly string[], prefix: boolean, weight = ''): string {
  const last = tokens.length - 1;
  const parts = tokens.map((token, i) => `${quoteLexeme(token)}${prefix && i === last ? ':*' : weight ? ':' : ''}${weight}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}
