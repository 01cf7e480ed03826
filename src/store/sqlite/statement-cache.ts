import type Database from 'better-sqlite3';

/**
 * Prepared statements of the queries a store builds per call, by SQL text. Searches and quote
 * reads are built from a few shapes with values as parameters, so a handful of texts repeat;
 * preparing one again costs 0.1 ms for a search and 0.9 ms for a quote read (the corrected
 * view is long), every keystroke of search as you type. The oldest is dropped past `size`.
 */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database, private readonly size = 100) {}

  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement) {
      this.statements.delete(sql);
    } else {
      statement = this.db.prepare(sql);
      if (this.statements.size >= this.size) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(sql, statement);
    return statement;
  }
}
