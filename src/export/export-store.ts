import type { Article } from '../core/article.js';
import { getLayer } from '../core/document.js';
import { PresstrailError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { quoteAnnotationsOf } from './web-annotation.js';
import { correctionRecord } from './correction-records.js';
import { copyRecord } from './copy-records.js';
import { entityExport } from './entity-records.js';
import { CSV_COLUMNS, articleCsvRow, csvLine, headerRecord, recordsOf } from './records.js';

export type ExportFormat = 'jsonl' | 'csv' | 'annotations';

export interface ExportOptions {
  readonly format: ExportFormat;
  /** Include each document's full text in its record (JSONL only). */
  readonly text: boolean;
  readonly generator: string;
}

/** Streams the whole store out, one document at a time, through `write`. Returns the number of records. */
export async function exportStore(store: Store, options: ExportOptions, write: (chunk: string) => Promise<void> | void): Promise<number> {
  if (options.format !== 'jsonl' && options.format !== 'csv' && options.format !== 'annotations') {
    throw new PresstrailError('PT-E009', `Unknown export format "${String(options.format)}": use jsonl, csv or annotations.`);
  }
  let count = 0;
  if (options.format === 'jsonl') await write(JSON.stringify(headerRecord(options.generator)) + '\n');
  else if (options.format === 'csv') await write(csvLine(CSV_COLUMNS));
  const entities = options.format === 'jsonl' ? await entityExport(store) : null;
  for await (const doc of store.documents()) {
    if (options.format === 'jsonl') {
      const lines = entities!.document(doc, recordsOf(doc, { text: options.text })).map((r) => JSON.stringify(r));
      count += lines.length;
      await write(lines.join('\n') + '\n');
    } else if (options.format === 'annotations') {
      const lines = quoteAnnotationsOf(doc).map((a) => JSON.stringify(a));
      count += lines.length;
      if (lines.length > 0) await write(lines.join('\n') + '\n');
    } else {
      for (const article of getLayer<Article>(doc, 'articles')) {
        await write(csvLine(articleCsvRow(doc, article)));
        count++;
      }
    }
  }
  if (options.format === 'jsonl') {
    const entityLines = (await entities!.tail()).map((r) => JSON.stringify(r));
    count += entityLines.length;
    if (entityLines.length > 0) await write(entityLines.join('\n') + '\n');
    const corrections = (await store.listCorrections({ includeUndone: true })).map((c) => JSON.stringify(correctionRecord(c)));
    count += corrections.length;
    if (corrections.length > 0) await write(corrections.join('\n') + '\n');
  }
  if (options.format === 'jsonl') count += await writeCopies(store, write);
  return count;
}

/** After the documents: one record per stored copy pair, with its cluster. */
async function writeCopies(store: Store, write: (chunk: string) => Promise<void> | void): Promise<number> {
  const cluster = new Map((await store.copyMembers()).map((m) => [m.article, m.cluster]));
  const lines = (await store.copyPairs()).map((p) => JSON.stringify(copyRecord(p, cluster.get(p.a.article) ?? null)));
  if (lines.length > 0) await write(lines.join('\n') + '\n');
  return lines.length;
}
