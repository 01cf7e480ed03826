import { exportStore, type ExportFormat } from '../../export/export-store.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

export async function exportCommand(store: Store, options: { format: ExportFormat; text: boolean; generator: string }, io: Io): Promise<number> {
  const count = await exportStore(store, options, (chunk) => io.write(chunk));
  io.err(`${count} records\n`);
  return EXIT.ok;
}
