import { fileURLToPath } from 'node:url';
import type { Stage } from '../../core/stage.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';
import { articlesCommand } from './articles.js';
import { ingestCommand } from './ingest.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';
import { copiesCommand } from './copies.js';

/** The bundled sample corpus (Wikinews, CC BY 2.5), shipped beside dist/ and src/. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../../sample/corpus/', import.meta.url));

/** `demo`: ingest the sample corpus, then show what came out of it. */
export async function demoCommand(store: Store, stages: readonly Stage[], dbPath: string, io: Io): Promise<number> {
  io.err(`Ingesting the sample corpus in ${SAMPLE_DIR} into ${dbPath}\n`);
  const code = await ingestCommand(store, [SAMPLE_DIR], stages, { maxSize: 64 * 1024 * 1024, quiet: false, json: false }, io);
  if (code !== EXIT.ok) return code;
  io.out('\n');
  await statsCommand(store, { json: false }, io);
  io.out('\nThe first articles by date:\n');
  await articlesCommand(store, { json: false, limit: 8 }, io);
  const [first] = await store.listArticles({ text: 'minister', limit: 1 });
  if (first) {
    io.out(`\nOne article in full (presstrail show ${first.id}):\n\n`);
    await showCommand(store, first.id, io);
  }
  io.out('\nCopies (reprints of one article in another; presstrail copies):\n');
  await copiesCommand(store, undefined, { json: false, limit: 5, update: false }, io);
  io.out(`\nNext: presstrail articles --db ${dbPath} --text "election"  ·  presstrail export --db ${dbPath} --format jsonl > corpus.jsonl  ·  presstrail copies CLUSTER --db ${dbPath}  ·  presstrail quotes --distinct --db ${dbPath}\n`);
  io.out(`\nSee it in a browser (every quote with its evidence): presstrail serve --db ${dbPath}\n  then open http://127.0.0.1:4317/ (Ctrl-C stops the server)\n`);
  return EXIT.ok;
}
