import { Option, type Command } from 'commander';
import type { Correction, NewCorrection } from '../../core/correction.js';
import { isPresstrailError } from '../../core/errors.js';
import type { SpeakerKind } from '../../core/quote.js';
import type { Store } from '../../store/store.js';
import { dbOption } from '../options.js';
import { EXIT, describeError, table, type Io } from '../output.js';

type WithStore = (run: (store: Store, dbPath: string) => Promise<number>, mustExist?: boolean) => (dbPath: string) => Promise<void>;

const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'anonymous', 'organization', 'document', 'media'];

export interface CorrectQuoteOptions {
  readonly speaker?: string;
  readonly speakerKind: SpeakerKind;
  readonly reject: boolean;
  readonly note?: string;
  readonly author?: string;
}

function describeValue(c: Correction): string {
  if (c.kind === 'quote.speaker') return `${String(c.value['name'])} (${String(c.value['kind'])})`;
  if (c.kind === 'quote.reject') return 'not a quote';
  return JSON.stringify(c.value);
}

/** `presstrail correct quote QID --speaker NAME | --reject`: stores one correction and says what it did. */
export async function correctQuoteCommand(store: Store, quote: string, o: CorrectQuoteOptions, io: Io): Promise<number> {
  if ((o.speaker === undefined) === !o.reject) {
    io.err('error: give either --speaker NAME or --reject (see presstrail correct quote --help)\n');
    return EXIT.usage;
  }
  const correction: NewCorrection = {
    kind: o.reject ? 'quote.reject' : 'quote.speaker', target: quote,
    value: o.reject ? {} : { name: o.speaker, kind: o.speakerKind },
    ...(o.note !== undefined ? { note: o.note } : {}), ...(o.author !== undefined ? { author: o.author } : {}),
  };
  try {
    const made = await store.addCorrection(correction);
    io.out(`${made.id} ${made.kind} ${made.target}: ${describeValue(made)} (undo with: presstrail corrections undo ${made.id})\n`);
    return EXIT.ok;
  } catch (error) {
    if (!isPresstrailError(error) || (error.code !== 'PT-E014' && error.code !== 'PT-E013')) throw error;
    io.err(describeError(error, io.debug) + '\n');
    return error.code === 'PT-E014' ? EXIT.notFound : EXIT.usage;
  }
}

/** `presstrail corrections [--all] [--json]`: the corrections, oldest first. */
export async function correctionsCommand(store: Store, o: { all: boolean; json: boolean }, io: Io): Promise<number> {
  const rows = await store.listCorrections({ includeUndone: o.all });
  if (o.json) {
    for (const r of rows) io.out(JSON.stringify(r) + '\n');
    return EXIT.ok;
  }
  io.out(table(['ID', 'KIND', 'TARGET', 'CORRECTION', 'MADE', 'UNDONE', 'NOTE'],
    rows.map((r) => [r.id, r.kind, r.target, describeValue(r), r.createdAt.slice(0, 19), r.undoneAt?.slice(0, 19) ?? '', r.note ?? '']),
    [8, 14, 36, 30, 19, 19, 40]));
  io.err(`${rows.length} corrections${o.all ? '' : ' (undone ones with --all)'}\n`);
  return EXIT.ok;
}

export async function undoCorrectionCommand(store: Store, id: string, io: Io): Promise<number> {
  if (await store.undoCorrection(id)) {
    io.out(`${id} undone: the pipeline's answer is back\n`);
    return EXIT.ok;
  }
  io.err(`error: no active correction ${id} (list them with presstrail corrections --all)\n`);
  return EXIT.notFound;
}

/** Registers `correct quote …` and `corrections [undo CID]` on the program. */
export function addCorrectionCommands(program: Command, withStore: WithStore, io: Io): void {
  const correct = program.command('correct').description("correct what the pipeline found; kept apart from the documents, survives reprocess, undoable");
  correct.command('quote').description('give a quote another speaker (--speaker), or say it is not reported speech (--reject)')
    .argument('<quote-id>', 'quote id (q_…), as `presstrail quotes` lists it')
    .addOption(dbOption())
    .option('--speaker <name>', 'who said it')
    .addOption(new Option('--speaker-kind <kind>', 'with --speaker: what the speaker is').choices(SPEAKER_KINDS).default('person'))
    .option('--reject', 'this is not a quote (a scare quote, a title)')
    .option('--note <text>', 'why (kept with the correction)')
    .option('--author <name>', 'who made the correction')
    .action((id: string, o) => withStore((s) => correctQuoteCommand(s, id, { ...o, reject: !!o.reject }, io), true)(o.db));

  const list = program.command('corrections').description('list users\' corrections, oldest first; `corrections undo CID` undoes one')
    .addOption(dbOption())
    .option('--all', 'also list undone corrections')
    .option('--json', 'one JSON object per line')
    .action((o) => withStore((s) => correctionsCommand(s, { all: !!o.all, json: !!o.json }, io), true)(o.db));
  // The store is the parent's --db, which commander reads wherever it stands on the line.
  list.command('undo').description('undo a correction (kept in the history, see --all): the pipeline\'s answer is back')
    .argument('<correction-id>', 'correction id (c_…)')
    .action((id: string) => withStore((s) => undoCorrectionCommand(s, id, io), true)(list.opts().db));
}
