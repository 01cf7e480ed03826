import { Command, InvalidArgumentError, Option } from 'commander';

export const DEFAULT_DB = './presstrail.db';
const QUOTE_KINDS = ['direct', 'mixed', 'indirect'];
const SPEAKER_KINDS = ['person', 'anonymous', 'organization', 'document', 'media'];

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number.');
  return n;
}

export function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a size in MB, e.g. 256.');
  return Math.round(n * 1024 * 1024);
}

export function dbOption(): Option {
  return new Option('--db <path>', 'store: a SQLite file, or a postgres:// URL; env PRESSTRAIL_DB').env('PRESSTRAIL_DB').default(DEFAULT_DB);
}

/** The filters every listing shares: outlet, date range, paging, JSON output. */
export function withListOptions(command: Command): Command {
  return command
    .addOption(dbOption())
    .option('--outlet <name>', 'only articles of this outlet (case-insensitive)')
    .option('--from <date>', 'published on or after YYYY-MM-DD', isoDate)
    .option('--to <date>', 'published on or before YYYY-MM-DD', isoDate)
    .option('--limit <n>', 'at most this many', positiveInt, 50)
    .option('--offset <n>', 'skip this many', positiveInt, 0)
    .option('--json', 'one JSON object per line');
}

/** Speaker filters of `quotes` and `speakers`; `quotes` adds the quote kind. */
export function withSpeakerOptions(command: Command, quoteKind: boolean): Command {
  command
    .option('-s, --speaker <name>', 'speaker name contains this (case-insensitive)')
    .addOption(new Option('--speaker-kind <kind>', 'only this kind of source').choices(SPEAKER_KINDS));
  return quoteKind ? command.addOption(new Option('--kind <kind>', 'only this kind of quote').choices(QUOTE_KINDS)) : command;
}

/** The parsed list filters, as the store's query objects name them. */
export function listFilters(o: Record<string, unknown>) {
  return {
    outlet: o.outlet as string | undefined, from: o.from as string | undefined, to: o.to as string | undefined,
    limit: o.limit as number, offset: o.offset as number, json: Boolean(o.json),
  };
}
