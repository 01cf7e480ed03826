import { headlineSummary, normalizeHeadlineQuery, type NormalizedHeadlineQuery } from '../headline-query.js';
import { headlineParams, type HeadlineRow } from '../headline-rows.js';
import type { HeadlineQuery, HeadlineSummary } from '../store.js';

interface Entry { readonly row: HeadlineRow; readonly uri: string }

function keep(q: NormalizedHeadlineQuery, r: HeadlineRow): boolean {
  return (q.verdict === undefined || r.verdict === q.verdict)
    && (!q.attributed || r.verdict !== 'no attribution')
    && (q.outletKey === undefined || r.outletKey === q.outletKey)
    && (q.from === undefined || (r.date !== null && r.date >= q.from))
    && (q.to === undefined || (r.date !== null && r.date <= q.to))
    && (q.articles === undefined || q.articles.includes(r.article));
}

/** SQLite's order: dated first by date, then article id in byte order. */
function byDate(a: Entry, b: Entry): number {
  if ((a.row.date === null) !== (b.row.date === null)) return a.row.date === null ? 1 : -1;
  if (a.row.date !== b.row.date) return a.row.date! < b.row.date! ? -1 : 1;
  return a.row.article < b.row.article ? -1 : a.row.article > b.row.article ? 1 : 0;
}

/** The headlines index of a MemoryStore: the same filters and order as the SQLite one. */
export class MemoryHeadlines {
  private entries: Entry[] = [];

  add(rows: readonly HeadlineRow[], uri: string): void {
    for (const row of rows) this.entries.push({ row, uri });
  }

  removeDocument(document: string): void {
    this.entries = this.entries.filter((e) => e.row.document !== document);
  }

  list(query?: HeadlineQuery): HeadlineSummary[] {
    const q = normalizeHeadlineQuery(query);
    const found = this.entries.filter((e) => keep(q, e.row)).sort(byDate);
    return found.slice(q.offset, q.limit === undefined ? undefined : q.offset + q.limit).map(({ row, uri }) => {
      const p = headlineParams(row);
      return headlineSummary({ ...row, uri, claims: p.claims as string, unsupported: p.unsupported as string });
    });
  }

  count(query?: HeadlineQuery): number {
    const q = normalizeHeadlineQuery(query);
    return this.entries.filter((e) => keep(q, e.row)).length;
  }
}
