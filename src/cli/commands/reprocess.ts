import type { Stage } from '../../core/stage.js';
import { reprocessStore } from '../../service/reprocess.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

/** `reprocess`: run the current pipeline again over every stored document. */
export async function reprocessCommand(store: Store, stages: readonly Stage[], io: Io): Promise<number> {
  const total = (await store.stats()).documents;
  let last = 0;
  const summary = await reprocessStore(store, stages, {
    onProgress: (done) => {
      if (!io.isTTY || (Date.now() - last < 100 && done < total)) return;
      last = Date.now();
      io.err(`\r\x1b[2K${done}/${total} documents`);
    },
  });
  if (io.isTTY) io.err('\n');
  io.err(`${summary.documents} documents re-processed in ${summary.seconds.toFixed(1)} s with: ${stages.map((s) => `${s.name}.v${s.version}`).join(', ')}\n`);
  return EXIT.ok;
}
