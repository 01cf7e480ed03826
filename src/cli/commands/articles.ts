import type { ArticleQuery, Store } from '../../store/store.js';
import { EXIT, table, type Io } from '../output.js';
import { VERDICT_BADGES, type HeadlineVerdict } from '../../core/headline.js';

export interface ArticlesCommandOptions extends ArticleQuery {
  readonly json: boolean;
}

export async function articlesCommand(store: Store, options: ArticlesCommandOptions, io: Io): Promise<number> {
  const { json, ...query } = options;
  const rows = await store.listArticles(query);
  const verdicts = await headlineVerdicts(store, rows.map((r) => r.id));
  if (json) {
    for (const r of rows) io.out(JSON.stringify({ ...r, headline: verdicts.get(r.id) ?? null }) + '\n');
    return EXIT.ok;
  }
  const total = await store.countArticles({ ...query, limit: undefined, offset: undefined });
  const headers = ['ID', 'DATE', 'OUTLET', 'TITLE', 'HEADLINE', ...(query.text ? ['MATCH'] : [])];
  const badge = (id: string) => { const v = verdicts.get(id); return v ? VERDICT_BADGES[v] : ''; };
  const cells = rows.map((r) => [r.id, r.date ?? '', r.outlet ?? '', r.title ?? '(untitled)', badge(r.id), ...(query.text ? [r.snippet ?? ''] : [])]);
  io.out(table(headers, cells, [34, 10, 18, query.text ? 40 : 60, 13, 50]));
  io.err(`${rows.length} of ${total} articles\n`);
  return EXIT.ok;
}

/** The headline verdict of each listed article that has a check (the badge), in one query. */
async function headlineVerdicts(store: Store, ids: readonly string[]): Promise<Map<string, HeadlineVerdict>> {
  if (ids.length === 0) return new Map();
  const checks = await store.listHeadlines({ articles: ids });
  return new Map(checks.map((h) => [h.article, h.verdict]));
}
