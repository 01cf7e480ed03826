import { exportStore, type ExportFormat } from '../../export/export-store.js';
import { writeDump } from '../../export/write-dump.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

export async function exportCommand(store: Store, options: { format: ExportFormat | 'dump'; text: boolean; generator: string }, io: Io): Promise<number> {
  const write = (chunk: string) => io.write(chunk);
  // A dump rebuilds a store, and a document without its text cannot be stored.
  if (options.format === 'dump' && !options.text) io.err('warning: --no-text does not apply to --format dump: a dump keeps every text\n');
  const count = options.format === 'dump'
    ? await writeDump(store, options.generator, write)
    : await exportStore(store, { ...options, format: options.format }, write);
  io.err(`${count} records\n`);
  return EXIT.ok;
}
