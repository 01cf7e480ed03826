import { migration001 } from './001-initial.js';
import { migration002 } from './002-quotes.js';
import { migration003 } from './003-corrections.js';
import { migration004 } from './004-headlines.js';
import { migration005 } from './005-copies.js';
import { migration006 } from './006-entities.js';
import { migration007 } from './007-copy-bodies.js';
import { migration008 } from './008-search-prefixes.js';
import { migration009 } from './009-quote-search.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in order. The last one's version is the schema this program writes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
