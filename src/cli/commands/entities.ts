import type { EntityKind } from '../../core/entity.js';
import type { Store } from '../../store/store.js';
import { EXIT, table, type Io } from '../output.js';

export interface EntitiesCommandOptions {
  readonly kind: EntityKind;
  readonly name?: string;
  readonly limit: number;
  readonly offset: number;
  readonly json: boolean;
}

/** `people`, `orgs`, `places`: entities of one kind, most mentioned first. */
export async function entitiesCommand(store: Store, options: EntitiesCommandOptions, io: Io): Promise<number> {
  const { json, ...query } = options;
  const rows = await store.listEntities(query);
  if (json) {
    for (const e of rows) io.out(JSON.stringify(e) + '\n');
    return EXIT.ok;
  }
  io.out(table(['NAME', 'MENTIONS', 'ARTICLES', 'QUOTES', 'FIRST', 'LAST', 'ROLE', 'ALSO'],
    rows.map((e) => {
      const role = e.roles[e.roles.length - 1];
      return [e.name, String(e.mentions), String(e.articles), String(e.quotes), e.firstDate ?? '', e.lastDate ?? '',
        role ? [role.title, role.org].filter(Boolean).join(', ') : '', e.aliases.map((a) => a.name).filter((a) => a !== e.name).join('; ')];
    }),
    [28, 8, 8, 6, 10, 10, 28, 40]));
  io.err(`${rows.length} ${options.kind === 'person' ? 'people' : options.kind === 'org' ? 'organisations' : 'places'}${rows.length === options.limit ? ' (more with --offset)' : ''}\n`);
  return EXIT.ok;
}
