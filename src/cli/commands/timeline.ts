import pc from 'picocolors';
import { findEntity } from '../../service/find-entity.js';
import { buildTimeline } from '../../service/timeline.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

export interface TimelineCommandOptions {
  readonly entity?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
  readonly json: boolean;
}

/** `timeline`: statements and dated events in day order, for the corpus or one entity. */
export async function timelineCommand(store: Store, options: TimelineCommandOptions, io: Io): Promise<number> {
  const entity = options.entity ? (await findEntity(store, options.entity)).entity : undefined;
  const all = await buildTimeline(store, { entity, from: options.from, to: options.to });
  const items = all.slice(options.offset, options.offset + options.limit);
  if (options.json) {
    for (const i of items) io.out(JSON.stringify(i) + '\n');
    return EXIT.ok;
  }
  if (entity) io.out(`${pc.bold(entity.name)} ${pc.dim(`(${entity.id})`)}\n\n`);
  for (const i of items) {
    const when = i.kind === 'event' ? `${i.date} ${pc.dim(i.granularity)}` : i.date;
    const head = i.kind === 'event' ? pc.cyan(`event «${i.evidence!.text}»`) : `${pc.yellow(i.kind)} ${i.who ? pc.bold(i.who) : pc.dim('(unknown)')}`;
    io.out(`${when.padEnd(i.kind === 'event' ? 20 : 10)}  ${head}  ${pc.dim(`${i.outlet ?? 'no outlet'} · ${i.article} @${i.start}-${i.end}`)}\n    ${i.text}\n`);
  }
  io.err(`${items.length} of ${all.length} timeline entries\n`);
  return EXIT.ok;
}
