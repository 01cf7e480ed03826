import type { Store } from '../store/store.js';
import { correctionRecord } from './correction-records.js';
import { dumpHeader, type DocumentDump, type SourceDump } from './dump-records.js';

/**
 * Streams the store out as a dump (see dump-records.ts): the header, every document in
 * insertion order, then every source, then every correction (undone ones too). Sources come after documents so that an import, which
 * reads in order, marks an input done only once its documents are in. Returns the record count.
 */
export async function writeDump(store: Store, generator: string, write: (chunk: string) => Promise<void> | void): Promise<number> {
  await write(JSON.stringify(dumpHeader(generator)) + '\n');
  let count = 0;
  for await (const document of store.documents()) {
    await write(JSON.stringify({ type: 'document', document } satisfies DocumentDump) + '\n');
    count++;
  }
  for await (const source of store.sourceRecords()) {
    await write(JSON.stringify({ type: 'source', ...source } satisfies SourceDump) + '\n');
    count++;
  }
  for (const correction of await store.listCorrections({ includeUndone: true })) {
    await write(JSON.stringify(correctionRecord(correction)) + '\n');
    count++;
  }
  return count;
}
