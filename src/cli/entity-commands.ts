/**
 * The entity commands (`people`, `orgs`, `places`, `entity`, `entity merge|split|rename`,
 * `timeline`), added to the program by bin.ts with one call.
 */
import { Command } from 'commander';
import type { EntityKind } from '../core/entity.js';
import { mergeEntities, renameEntity, splitEntity } from '../service/entity-corrections.js';
import type { Store } from '../store/store.js';
import { entitiesCommand } from './commands/entities.js';
import { entityCommand } from './commands/entity.js';
import { reportCorrection } from './commands/entity-corrections.js';
import { timelineCommand } from './commands/timeline.js';
import { dbOption, isoDate, positiveInt } from './options.js';
import type { Io } from './output.js';

type WithStore = (run: (store: Store, dbPath: string) => Promise<number>, mustExist?: boolean) => (dbPath: string) => Promise<void>;

const LISTS: ReadonlyArray<[string, EntityKind, string]> = [
  ['people', 'person', 'people in the corpus, one per real-world person (aliases merged), most mentioned first'],
  ['orgs', 'org', 'organisations in the corpus, most mentioned first'],
  ['places', 'place', 'places in the corpus, most mentioned first'],
];

export function addEntityCommands(program: Command, withStore: WithStore, io: Io): void {
  for (const [name, kind, description] of LISTS) {
    program.command(name).description(description)
      .addOption(dbOption())
      .option('-n, --name <words>', 'name or alias contains these words (case-insensitive)')
      .option('--limit <n>', 'at most this many', positiveInt, 50)
      .option('--offset <n>', 'skip this many', positiveInt, 0)
      .option('--json', 'one JSON object per line')
      .action((o) => withStore((s) => entitiesCommand(s, { kind, name: o.name, limit: o.limit, offset: o.offset, json: !!o.json }, io), true)(o.db));
  }

  const entity = program.command('entity').description('one entity: aliases, roles over time, mentions and quotes by outlet and date; merge, split, rename')
    .argument('[name]', 'a name, alias or entity id (e_…)')
    .addOption(dbOption())
    .option('--json', 'as one JSON object: the entity, its mentions and its quotes')
    .action((name: string | undefined, o) => {
      if (name === undefined) { entity.help(); return; }
      return withStore((s) => entityCommand(s, name, { json: !!o.json }, io), true)(o.db);
    });
  // The store is the parent's --db, which commander reads wherever it stands on the line.
  const db = () => entity.opts().db as string;
  entity.command('merge').description('say two entities are one referent (a correction kept across re-ingest and reprocess)')
    .argument('<name>', 'the entity to keep').argument('<other>', 'the entity to merge into it')
    .option('--note <text>', 'why')
    .action((a: string, b: string, o) => withStore(async (s) => reportCorrection(await mergeEntities(s, a, b, o.note), `merged "${b}" into "${a}"`, io), true)(db()));
  entity.command('split').description('say some aliases of an entity are someone else')
    .argument('<name>', 'the entity').requiredOption('--alias <alias...>', 'aliases to split off')
    .option('--as <name>', 'the new entity\'s name (default: the first alias)')
    .option('--note <text>', 'why')
    .action((n: string, o) => withStore(async (s) => reportCorrection(await splitEntity(s, n, o.alias, o.as, o.note), `split ${o.alias.map((x: string) => `"${x}"`).join(', ')} off "${n}"`, io), true)(db()));
  entity.command('rename').description('set the name an entity is shown by')
    .argument('<name>', 'the entity').argument('<new-name>', 'its name from now on')
    .option('--note <text>', 'why')
    .action((n: string, to: string, o) => withStore(async (s) => reportCorrection(await renameEntity(s, n, to, o.note), `renamed "${n}" to "${to}"`, io), true)(db()));

  program.command('timeline').description('statements (quotes, attributions) and dated events on one timeline, for the corpus or one entity')
    .addOption(dbOption())
    .option('-e, --entity <name>', 'only what this entity said, what is credited to it, and dated sentences that mention it')
    .option('--from <date>', 'on or after YYYY-MM-DD', isoDate)
    .option('--to <date>', 'on or before YYYY-MM-DD', isoDate)
    .option('--limit <n>', 'at most this many', positiveInt, 100)
    .option('--offset <n>', 'skip this many', positiveInt, 0)
    .option('--json', 'one JSON object per line')
    .action((o) => withStore((s) => timelineCommand(s, { entity: o.entity, from: o.from, to: o.to, limit: o.limit, offset: o.offset, json: !!o.json }, io), true)(o.db));
}
