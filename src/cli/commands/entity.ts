import pc from 'picocolors';
import type { Entity } from '../../core/entity.js';
import { findEntity } from '../../service/find-entity.js';
import { entityQuotes } from '../../service/entity-quotes.js';
import type { EntityMentionRow } from '../../store/entity-rows.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

function roleLine(r: Entity['roles'][number]): string {
  const where = [r.org, r.party && r.state ? `${r.party[0]}-${r.state}` : r.party ?? r.state].filter(Boolean).join(', ');
  const when = r.from === r.to ? r.from ?? 'undated' : `${r.from} – ${r.to}`;
  return `  ${r.former ? 'former ' : ''}${pc.bold(r.title)}${where ? ` (${where})` : ''}  ${pc.dim(`${when} · ${r.mentions}× · first in ${r.article ?? r.document} @${r.start}-${r.end}`)}\n`;
}

/** Mentions by outlet, then date. */
function mentionLines(rows: readonly EntityMentionRow[]): string {
  const byOutlet = new Map<string, EntityMentionRow[]>();
  for (const r of rows) byOutlet.set(r.outlet ?? '(no outlet)', [...(byOutlet.get(r.outlet ?? '(no outlet)') ?? []), r]);
  let out = '';
  for (const [outlet, list] of [...byOutlet].sort((a, b) => b[1].length - a[1].length)) {
    out += `  ${pc.bold(outlet)} ${pc.dim(`(${list.length})`)}\n`;
    for (const r of [...list].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))) out += `    ${r.date ?? 'undated'}  ${r.text}  ${pc.dim(`${r.article ?? r.document} @${r.start}-${r.end} · ${r.source}`)}\n`;
  }
  return out;
}

/** `entity NAME`: aliases, roles over time, mentions and quotes by outlet and date. */
export async function entityCommand(store: Store, nameOrId: string, options: { json: boolean }, io: Io): Promise<number> {
  const { entity, others } = await findEntity(store, nameOrId);
  const mentions = await store.listEntityMentions({ entity: entity.id });
  const quotes = await entityQuotes(store, mentions);
  if (options.json) {
    io.out(JSON.stringify({ entity, mentions, quotes }) + '\n');
    return EXIT.ok;
  }
  io.out(`${pc.bold(entity.name)}  ${pc.dim(`${entity.kind} · ${entity.id} · ${entity.mentions} mentions in ${entity.articles} articles · ${entity.firstDate ?? '?'} – ${entity.lastDate ?? '?'}`)}\n`);
  io.out(`${pc.dim('aliases')}  ${entity.aliases.map((a) => `${a.name} (${a.mentions})`).join(', ')}\n`);
  if (entity.corrections.length) io.out(`${pc.dim('corrected by')} ${entity.corrections.join(', ')}\n`);
  if (entity.roles.length) io.out(`\n${pc.bold('Roles over time')}\n${entity.roles.map(roleLine).join('')}`);
  io.out(`\n${pc.bold('Mentions')} by outlet and date\n${mentionLines(mentions)}`);
  if (quotes.length) {
    io.out(`\n${pc.bold('Quotes')} (${quotes.length})\n`);
    for (const q of quotes) io.out(`  ${q.date ?? 'undated'}  ${pc.dim(`${q.outlet ?? 'no outlet'} · ${q.id}`)}\n    ${q.text.replace(/\s+/g, ' ')}\n`);
  }
  if (others.length) io.err(`also matching: ${others.slice(0, 5).map((e) => `${e.name} (${e.id})`).join(', ')}\n`);
  return EXIT.ok;
}
