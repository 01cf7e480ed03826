import type { Store } from '../../store/store.js';
import { EXIT, table, type Io } from '../output.js';

export async function statsCommand(store: Store, options: { json: boolean }, io: Io): Promise<number> {
  const s = await store.stats();
  if (options.json) {
    io.out(JSON.stringify(s) + '\n');
    return EXIT.ok;
  }
  io.out(`${s.documents} documents from ${s.sources} inputs, ${s.articles} articles, dated ${s.firstDate ?? '—'} to ${s.lastDate ?? '—'}\n\n`);
  io.out(table(['MEDIA TYPE', 'DOCUMENTS'], s.mediaTypes.map((m) => [m.mediaType, String(m.documents)]), [28, 10]) + '\n');
  io.out(table(['OUTLET', 'ARTICLES'], s.outlets.slice(0, 20).map((o) => [o.outlet, String(o.articles)]), [40, 10]));
  return EXIT.ok;
}
