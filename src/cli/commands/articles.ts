import type { ArticleQuery, Store } from '../../store/store.js';
import { EXIT, table, type Io } from '../output.js';

export interface ArticlesCommandOptions extends ArticleQuery {
  readonly json: boolean;
}

export async function articlesCommand(store: Store, options: ArticlesCommandOptions, io: Io): Promise<number> {
  const { json, ...query } = options;
  const rows = await store.listArticles(query);
  if (json) {
    for (const r of rows) io.out(JSON.stringify(r) + '\n');
    return EXIT.ok;
  }
  const total = await store.countArticles({ ...query, limit: undefined, offset: undefined });
  const headers = ['ID', 'DATE', 'OUTLET', 'TITLE', ...(query.text ? ['MATCH'] : [])];
  const cells = rows.map((r) => [r.id, r.date ?? '', r.outlet ?? '', r.title ?? '(untitled)', ...(query.text ? [r.snippet ?? ''] : [])]);
  io.out(table(headers, cells, [34, 10, 18, query.text ? 40 : 70, 50]));
  io.err(`${rows.length} of ${total} articles\n`);
  return EXIT.ok;
}
