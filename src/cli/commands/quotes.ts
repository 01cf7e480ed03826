import pc from 'picocolors';
import type { QuoteQuery, SpeakerQuery, Store } from '../../store/store.js';
import { EXIT, table, type Io } from '../output.js';

export async function quotesCommand(store: Store, options: QuoteQuery & { json: boolean }, io: Io): Promise<number> {
  const { json, ...query } = options;
  const rows = await store.listQuotes(query);
  if (json) {
    for (const r of rows) io.out(JSON.stringify(r) + '\n');
    return EXIT.ok;
  }
  for (const r of rows) {
    const who = r.speaker ? `${pc.bold(r.speaker)} ${pc.dim(`(${r.speakerKind})`)}` : pc.dim('(speaker unknown)');
    io.out(`${who} ${pc.dim(`${r.kind} · ${r.date ?? 'undated'} · ${r.outlet ?? 'no outlet'} · ${r.id}${r.corrected ? ' · corrected' : ''}`)}\n  ${r.text.replace(/\s+/g, ' ')}\n\n`);
  }
  const total = await store.countQuotes({ ...query, limit: undefined, offset: undefined });
  io.err(`${rows.length} of ${total} quotes\n`);
  return EXIT.ok;
}

export async function speakersCommand(store: Store, options: SpeakerQuery & { json: boolean }, io: Io): Promise<number> {
  const { json, ...query } = options;
  const rows = await store.listSpeakers(query);
  if (json) {
    for (const r of rows) io.out(JSON.stringify(r) + '\n');
    return EXIT.ok;
  }
  io.out(table(['SPEAKER', 'KIND', 'QUOTES', 'ARTICLES', 'FIRST', 'LAST', 'OUTLETS'],
    rows.map((r) => [r.name, r.kind, String(r.quotes), String(r.articles), r.firstDate ?? '', r.lastDate ?? '', r.outlets.join(', ')]),
    [30, 12, 6, 8, 10, 10, 40]));
  return EXIT.ok;
}
