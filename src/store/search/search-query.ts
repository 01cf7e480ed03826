import { PresstrailError } from '../../core/errors.js';
import { tokenize } from './tokens.js';

/**
 * A parsed full-text query. The syntax is the subset of FTS5's that people type: words,
 * "phrases", prefix*, AND (also implicit between words), OR, NOT, and parentheses, with FTS5's
 * precedence (NOT binds tightest, then AND, then OR). Only upper-case AND/OR/NOT are operators.
 * Every word reaches the backend as a quoted phrase, so punctuation and reserved words in
 * user input can never make a raw syntax error.
 */
export type SearchNode =
  | { readonly kind: 'term'; readonly text: string; readonly tokens: readonly string[]; readonly prefix: boolean }
  | { readonly kind: 'and' | 'or'; readonly children: readonly SearchNode[] }
  | { readonly kind: 'not'; readonly positive: SearchNode; readonly negative: SearchNode };

type Lexeme = { readonly op: 'AND' | 'OR' | 'NOT' | '(' | ')' } | { readonly op: 'term'; readonly text: string; readonly prefix: boolean };

/** Parses a user query; a query that cannot be searched throws PT-E007 saying what to change. */
export function parseSearchQuery(query: string): SearchNode {
  const fail = (what: string): never => {
    throw new PresstrailError('PT-E007', `Invalid search query "${query}": ${what}`);
  };
  const parser = new Parser(lex(query, fail), fail);
  const node = parser.parseOr();
  if (!parser.done()) fail('a ")" has no matching "("; remove it or add the "(" before it.');
  return node ?? fail('it has no words to search for; use letters or digits, like: election budget.');
}

function lex(query: string, fail: (what: string) => never): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '(' || c === ')') { out.push({ op: c }); i++; }
    else if (c === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) fail('a quote is not closed; close it to search for a phrase, or remove it.');
      const prefix = query[close + 1] === '*';
      out.push({ op: 'term', text: query.slice(i + 1, close), prefix });
      i = close + (prefix ? 2 : 1);
    } else {
      const m = /^[^\s"()]+/.exec(query.slice(i))![0];
      i += m.length;
      if (m === 'AND' || m === 'OR' || m === 'NOT') out.push({ op: m });
      else {
        const word = m.replace(/\*+$/, '');
        if (word.length === 0) fail('"*" must end a word, like: elect* (it matches words that start with "elect").');
        out.push({ op: 'term', text: word, prefix: word.length < m.length });
      }
    }
  }
  return out;
}

/** Recursive descent; a term without letters or digits (an emoji, "&") parses to null and drops out. */
class Parser {
  private at = 0;

  constructor(private readonly lexemes: readonly Lexeme[], private readonly fail: (what: string) => never) {}

  done(): boolean {
    return this.at >= this.lexemes.length;
  }

  parseOr(): SearchNode | null {
    const parts = [this.parseAnd()];
    while (this.peek() === 'OR') { this.at++; parts.push(this.parseAnd()); }
    return combine('or', parts);
  }

  private parseAnd(): SearchNode | null {
    const parts = [this.parseNot()];
    for (;;) {
      const next = this.peek();
      if (next === 'AND') { this.at++; parts.push(this.parseNot()); }
      else if (next === 'term' || next === '(') parts.push(this.parseNot());
      else return combine('and', parts);
    }
  }

  private parseNot(): SearchNode | null {
    let node = this.parsePrimary();
    while (this.peek() === 'NOT') {
      this.at++;
      const negative = this.parsePrimary();
      if (node === null) this.fail('"NOT" needs words to keep before it, like: election NOT poll.');
      if (negative !== null) node = { kind: 'not', positive: node, negative };
    }
    return node;
  }

  private parsePrimary(): SearchNode | null {
    const lexeme = this.lexemes[this.at];
    if (lexeme === undefined) return this.operatorError(this.lexemes[this.at - 1]);
    this.at++;
    if (lexeme.op === 'term') {
      const tokens = tokenize(lexeme.text);
      return tokens.length === 0 ? null : { kind: 'term', text: lexeme.text, tokens, prefix: lexeme.prefix };
    }
    if (lexeme.op === '(') {
      const inner = this.parseOr();
      if (this.peek() !== ')') this.fail('a "(" is not closed; add a ")" or remove it.');
      this.at++;
      return inner;
    }
    return this.operatorError(lexeme);
  }

  private operatorError(lexeme: Lexeme | undefined): never {
    if (lexeme === undefined) return this.fail('it has no words to search for; use letters or digits, like: election budget.');
    if (lexeme.op === ')') return this.fail('"()" holds no words; put words inside or remove the parentheses.');
    if (lexeme.op === '(' || lexeme.op === 'term') return this.fail('the query ends too early; finish it with a word.');
    const example = lexeme.op === 'NOT' ? 'election NOT poll' : `election ${lexeme.op} budget`;
    return this.fail(`"${lexeme.op}" needs a word on each side, like: ${example} (write "${lexeme.op.toLowerCase()}" in lower case to search for the word itself).`);
  }

  private peek(): Lexeme['op'] | undefined {
    return this.lexemes[this.at]?.op;
  }
}

function combine(kind: 'and' | 'or', parts: readonly (SearchNode | null)[]): SearchNode | null {
  const kept = parts.filter((p): p is SearchNode => p !== null);
  if (kept.length <= 1) return kept[0] ?? null;
  return { kind, children: kept };
}

/** The positive terms of a query (not under a NOT), used for ranking and highlighting. */
export function positiveTerms(node: SearchNode): Extract<SearchNode, { kind: 'term' }>[] {
  if (node.kind === 'term') return [node];
  if (node.kind === 'not') return positiveTerms(node.positive);
  return node.children.flatMap(positiveTerms);
}
