import type { NormalizedQuoteQuery } from '../quote-query.js';
import { normalizeQuoteQuery } from '../quote-query.js';
import type { QuoteRow } from '../quote-rows.js';
import type { QuoteQuery, QuoteSummary, SpeakerQuery, SpeakerSummary } from '../store.js';
import { MemoryCorrections } from './memory-corrections.js';

interface QuoteEntry {
  readonly row: QuoteRow;
  readonly uri: string;
  /** Insertion order of its document: with the row's ordinal, the order SQLite lists in. */
  readonly documentSeq: number;
}

function keep(q: NormalizedQuoteQuery, r: QuoteRow): boolean {
  return (q.speaker === undefined || (r.speakerKey ?? '').includes(q.speaker))
    && (q.speakerIs === undefined || r.speakerKey === q.speakerIs)
    && (q.speakerKind === undefined || r.speakerKind === q.speakerKind)
    && (q.kind === undefined || r.kind === q.kind)
    && (q.outletKey === undefined || r.outletKey === q.outletKey)
    && (q.from === undefined || (r.date !== null && r.date >= q.from))
    && (q.to === undefined || (r.date !== null && r.date <= q.to))
    && (q.text === undefined || r.text.toLowerCase().includes(q.text))
    && (q.article === undefined || r.article === q.article);
}

function byDate(a: QuoteEntry, b: QuoteEntry): number {
  if ((a.row.date === null) !== (b.row.date === null)) return a.row.date === null ? 1 : -1;
  return (a.row.date ?? '').localeCompare(b.row.date ?? '') || a.documentSeq - b.documentSeq || a.row.ordinal - b.row.ordinal;
}

function page<T>(list: T[], q: NormalizedQuoteQuery): T[] {
  return list.slice(q.offset, q.limit === undefined ? undefined : q.offset + q.limit);
}

/** The quotes index of a MemoryStore: the same filters and order as the SQLite one. */
export class MemoryQuotes {
  private entries: QuoteEntry[] = [];
  /** Users' corrections, applied whenever quotes are read. */
  readonly corrections = new MemoryCorrections();

  rows(): QuoteRow[] {
    return this.entries.map((e) => e.row);
  }

  private current() {
    return this.corrections.apply(this.entries);
  }

  add(rows: readonly QuoteRow[], uri: string, documentSeq: number): void {
    for (const row of rows) this.entries.push({ row, uri, documentSeq });
  }

  removeDocument(document: string): void {
    this.entries = this.entries.filter((e) => e.row.document !== document);
  }

  list(query?: QuoteQuery): QuoteSummary[] {
    const q = normalizeQuoteQuery(query);
    return page(this.current().filter((e) => keep(q, e.row)).sort(byDate), q).map(({ row, uri }) => ({
      id: row.id, article: row.article, document: row.document, uri, start: row.start, end: row.end, text: row.text, kind: row.kind,
      speaker: row.speakerName, speakerKind: row.speakerKind, title: row.title, date: row.date, outlet: row.outlet, confidence: row.confidence, rule: row.rule,
      ...(row.corrected ? { corrected: true } : {}),
    }));
  }

  count(query?: QuoteQuery): number {
    const q = normalizeQuoteQuery(query);
    return this.current().filter((e) => keep(q, e.row)).length;
  }

  speakers(query?: SpeakerQuery): SpeakerSummary[] {
    const q = normalizeQuoteQuery(query);
    const groups = new Map<string, QuoteRow[]>();
    for (const { row } of this.current()) {
      if (row.speakerKey === null || !keep(q, row)) continue;
      const key = `${row.speakerKey}\u0000${row.speakerKind}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const rows = [...groups.values()].map((rs): SpeakerSummary & { key: string } => {
      const dates = rs.map((r) => r.date).filter((d): d is string => d !== null).sort();
      return {
        key: rs[0]!.speakerKey!, name: rs.map((r) => r.speakerName!).sort()[0]!, kind: rs[0]!.speakerKind!, quotes: rs.length,
        articles: new Set(rs.map((r) => r.article)).size, outlets: [...new Set(rs.map((r) => r.outlet).filter((o): o is string => o !== null))],
        firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null,
      };
    });
    rows.sort((a, b) => b.quotes - a.quotes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return page(rows, q).map(({ key: _key, ...rest }) => rest);
  }
}
