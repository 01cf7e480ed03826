import { Command, CommanderError, Option } from 'commander';
import { dbOption, listFilters, megabytes, positiveInt, withListOptions, withSpeakerOptions } from './options.js';
export { DEFAULT_DB } from './options.js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defaultPipeline } from '../default-pipeline.js';
import type { Store } from '../store/store.js';
import { openStore } from '../store/open-store.js';
import { EXIT, describeError, type Io } from './output.js';
import { ingestCommand } from './commands/ingest.js';
import { articlesCommand } from './commands/articles.js';
import { showCommand } from './commands/show.js';
import { exportCommand } from './commands/export.js';
import { statsCommand } from './commands/stats.js';
import { demoCommand } from './commands/demo.js';
import { quotesCommand, speakersCommand } from './commands/quotes.js';
import { reprocessCommand } from './commands/reprocess.js';
import { enqueueCommand, jobsCommand, jobsRetryCommand, requirePostgres } from './commands/jobs.js';
import { workerCommand } from './commands/worker.js';
import { defaultCorpusSteps } from '../default-corpus-steps.js';
import { corpusStepsCommand } from './commands/corpus-steps.js';
import { addEntityCommands } from './entity-commands.js';
import { corpusEnqueueCommand, corpusListCommand, corpusRunCommand } from './commands/corpus.js';
import { corpusRegistry } from '../service/corpus/corpus-registry.js';
import { checkStep } from '../service/corpus/check-step.js';
import { importCommand } from './commands/import.js';
import { addCorrectionCommands } from './commands/correct.js';
import { serveCommand } from './commands/serve.js';

/** Corpus-wide steps (`presstrail corpus run`, and workers): one entry per step, run in this order. */
const corpusSteps = corpusRegistry([
  checkStep,
  ...defaultCorpusSteps,
]);
import { headlinesCommand } from './commands/headlines.js';
import { HEADLINE_VERDICTS, verdictFromSlug, verdictSlug } from '../core/headline.js';
import { copiesCommand } from './commands/copies.js';

const VERSION: string = createRequire(import.meta.url)('../../package.json').version;

function isFilePath(spec: string): boolean {
  return spec !== 'memory:' && spec !== ':memory:' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(spec);
}

/** Builds the command tree. Each action opens the store, runs one command, and closes the store. */
function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('presstrail')
    .description('Turn news pages, feeds, web archives, JSONL exports and scraped dumps into articles whose every field points at its source characters.')
    .version(VERSION)
    .option('--debug', 'print stack traces and debug output')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();

  /** Read-only commands refuse a missing store file instead of creating an empty one. */
  const withStore = (run: (store: Store, dbPath: string) => Promise<number>, mustExist = false) => async (dbPath: string) => {
    if (mustExist && isFilePath(dbPath) && !existsSync(dbPath.replace(/^sqlite:/, ''))) {
      io.err(`error: no store at ${dbPath}: ingest something first (presstrail ingest PATH --db ${dbPath}) or name another with --db\n`);
      setCode(EXIT.failure);
      return;
    }
    const store = await openStore(dbPath);
    try { setCode(await run(store, dbPath)); } finally { await store.close(); }
  };

  program.command('ingest').description('read files, folders or glob patterns into the store (re-ingesting the same input is a no-op)')
    .argument('<paths...>', 'files, folders (read recursively) or quoted glob patterns')
    .addOption(dbOption())
    .addOption(new Option('--max-size <MB>', 'skip inputs larger than this (after decompression)').argParser(megabytes).default(256 * 1024 * 1024, '256'))
    .option('-q, --quiet', 'no progress bar or summary, only errors')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--queue', 'queue one job per file for `presstrail worker` instead of ingesting here (PostgreSQL stores)')
    .option('--retries <n>', 'with --queue: attempts after the first before a job is parked as failed', positiveInt, 3)
    .option('--retry-delay <seconds>', 'with --queue: wait before the first retry; each later one waits about twice as long', positiveInt, 10)
    .option('--job-timeout <seconds>', 'with --queue: a job running this long is taken as lost (its worker died) and retried', positiveInt, 900)
    .option('--no-copies', 'do not check the new articles for copies afterwards (run `presstrail copies` later)')
    .action(async (paths: string[], o) => {
      if (o.queue) setCode(await enqueueCommand(o.db, paths, { retries: o.retries, retryDelaySeconds: o.retryDelay, timeoutSeconds: o.jobTimeout }, io));
      else await withStore(async (s, db) => {
        const code = await ingestCommand(s, paths, defaultPipeline, { maxSize: o.maxSize, quiet: !!o.quiet, json: !!o.json, copies: o.copies !== false }, io);
        await corpusStepsCommand(s, db, defaultCorpusSteps.filter((step) => step.name !== 'copies'), { quiet: !!o.quiet || !!o.json }, io);
        return code;
      })(o.db);
    });

  program.command('worker').description('take jobs queued by `ingest --queue` and `corpus run --queue` and store the results; run any number, on any machines')
    .addOption(dbOption())
    .option('--concurrency <n>', 'jobs taken at once by this process', positiveInt, 1)
    .option('--once', 'exit when no job is queued or running, instead of waiting for more')
    .addOption(new Option('--max-size <MB>', 'fail inputs larger than this (after decompression)').argParser(megabytes).default(256 * 1024 * 1024, '256'))
    .option('-q, --quiet', 'only errors, no line per job')
    .action(async (o) => {
      requirePostgres(o.db, 'worker');
      await withStore(async (s, db) => {
        const code = await workerCommand(s, db, defaultPipeline, corpusSteps, { concurrency: o.concurrency, once: !!o.once, maxSize: o.maxSize, quiet: !!o.quiet }, io);
        // A worker that drained the queue brings the entities up to date, as a local ingest does.
        if (o.once) await corpusStepsCommand(s, db, defaultCorpusSteps, { quiet: !!o.quiet }, io);
        return code;
      })(o.db);
    });

  const jobs = program.command('jobs').description('queued, running, failed and done ingest jobs, the errors of failed ones, and the latest corpus-step runs')
    .addOption(dbOption())
    .option('--json', 'as JSON')
    .action((o) => jobsCommand(o.db, { json: !!o.json }, io).then(setCode));
  // The store is the parent's --db, which commander reads wherever it stands on the line.
  jobs.command('retry').description('queue every failed job again (presstrail jobs retry --db postgres://…)')
    .action(() => jobsRetryCommand(jobs.opts().db, io).then(setCode));

  const corpus = program.command('corpus').description('steps over the whole store (copy clustering, alias merging, checks): run here, or queue them for workers');
  corpus.command('list').description('the corpus steps this build knows, in the order they run')
    .action(() => setCode(corpusListCommand(corpusSteps, io)));
  corpus.command('run').description('run corpus steps (all of them when none is named); safe while ingest continues, and re-runnable')
    .argument('[steps...]', 'step names (presstrail corpus list)')
    .addOption(dbOption())
    .option('--queue', 'queue one job per step for `presstrail worker` instead of running here (PostgreSQL stores)')
    .option('--retries <n>', 'with --queue: attempts after the first before a job is parked as failed', positiveInt, 3)
    .option('--job-timeout <seconds>', 'with --queue: a step running this long is taken as lost (its worker died) and retried', positiveInt, 4 * 3600)
    .option('-q, --quiet', 'no progress')
    .option('--json', 'one JSON line per step')
    .action(async (names: string[], o) => {
      if (o.queue) setCode(await corpusEnqueueCommand(o.db, corpusSteps, names, { retries: o.retries, timeoutSeconds: o.jobTimeout }, io));
      else await withStore((s, db) => corpusRunCommand(s, db, corpusSteps, names, { json: !!o.json, quiet: !!o.quiet }, io), true)(o.db);
    });

  withListOptions(program.command('articles').description('list articles, oldest first; filter by outlet, date range, full-text query'))
    .option('-t, --text <query>', 'full-text query: words, "a phrase", OR, NOT, prefix*')
    .action((o) => withStore((s) => articlesCommand(s, { ...listFilters(o), text: o.text }, io), true)(o.db));

  program.command('show').description('print one article (or every article of a document) with its evidence; clutter dimmed')
    .argument('<id>', 'article id (a_…) or document id (d_…)')
    .addOption(dbOption())
    .action((id: string, o) => withStore((s) => showCommand(s, id, io), true)(o.db));

  program.command('export').description('write the whole store as JSON Lines (documents, articles) or CSV (articles); see docs/export.md; --format dump for presstrail import')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format (dump: the whole store, losslessly, for presstrail import)').choices(['jsonl', 'csv', 'annotations', 'dump']).default('jsonl'))
    .option('--no-text', 'leave document texts out of the JSONL records')
    .action((o) => withStore((s) => exportCommand(s, { format: o.format, text: o.text !== false, generator: `presstrail ${VERSION}` }, io), true)(o.db));

  program.command('import').description('read dumps (presstrail export --format dump) into the store: moves a corpus between SQLite and PostgreSQL; re-importing is a no-op')
    .argument('<files...>', 'dump files (gzip is read too), or - for stdin')
    .addOption(dbOption())
    .option('-q, --quiet', 'only errors')
    .option('--json', 'print the summary as JSON on stdout')
    .action((files: string[], o) => withStore(async (s, db) => {
      const code = await importCommand(s, files, { quiet: !!o.quiet, json: !!o.json }, io);
      await corpusStepsCommand(s, db, defaultCorpusSteps, { quiet: !!o.quiet || !!o.json }, io);
      return code;
    })(o.db));

  withSpeakerOptions(withListOptions(program.command('quotes').description('list who said what: quotes with their speakers, oldest first')), true)
    .option('-t, --text <words>', 'the quote contains these words')
    .option('--distinct', 'count a quote once per copy cluster (a reprinted quote is one report, not ten)')
    .action((o) => withStore((s) => quotesCommand(s, { ...listFilters(o), speaker: o.speaker, speakerKind: o.speakerKind, kind: o.kind, text: o.text, ...(o.distinct ? { distinct: true } : {}) }, io), true)(o.db));

  withSpeakerOptions(withListOptions(program.command('speakers').description('who is quoted, how often, in how many articles and outlets')), false)
    .option('--distinct', 'count a quote once per copy cluster (a reprinted quote is one report, not ten)')
    .action((o) => withStore((s) => speakersCommand(s, { ...listFilters(o), speaker: o.speaker, speakerKind: o.speakerKind, ...(o.distinct ? { distinct: true } : {}) }, io), true)(o.db));

  program.command('copies').description('copies: clusters of near-duplicate articles and reprinted paragraphs, largest first; with an id, the aligned paragraphs side by side')
    .argument('[id]', 'a cluster (c_…), copy pair (p_…) or article (a_…) id')
    .addOption(dbOption())
    .option('--limit <n>', 'at most this many clusters', positiveInt, 50)
    .option('--no-update', 'do not index documents stored since the last run first')
    .option('--width <n>', 'line width of the side-by-side view', positiveInt, 120)
    .option('--json', 'one JSON object per line (clusters, or the full copy pairs)')
    .action((id: string | undefined, o) => withStore((s) => copiesCommand(s, id, { json: !!o.json, limit: o.limit, update: o.update !== false, width: o.width }, io), true)(o.db));

  withListOptions(program.command('headlines').description('does the body support what the headline says someone said? each checked headline with its verdict and evidence'))
    .addOption(new Option('--verdict <verdict>', "only headlines with this verdict (the article's least supported claim)").choices(HEADLINE_VERDICTS.map(verdictSlug)))
    .option('--all', 'also list headlines that attribute nothing (left out by default)')
    .action((o) => withStore((s) => headlinesCommand(s, { ...listFilters(o), ...(o.verdict ? { verdict: verdictFromSlug(o.verdict) } : o.all ? {} : { attributed: true }) }, io), true)(o.db));

  program.command('stats').description('counts of documents, articles, outlets and dates in the store')
    .addOption(dbOption())
    .option('--json', 'as JSON')
    .action((o) => withStore((s) => statsCommand(s, { json: !!o.json }, io), true)(o.db));

  program.command('reprocess').description('run the current pipeline again over every stored document (after upgrading presstrail)')
    .addOption(dbOption())
    .action((o) => withStore(async (s, db) => (await reprocessCommand(s, defaultPipeline, io)) || corpusStepsCommand(s, db, defaultCorpusSteps, { quiet: false }, io), true)(o.db));

  addCorrectionCommands(program, withStore, io);

  program.command('demo').description('ingest the bundled Wikinews sample corpus and show what came out')
    .addOption(dbOption())
    .action((o) => withStore(async (s, db) => {
      const code = await demoCommand(s, defaultPipeline, db, io);
      await corpusStepsCommand(s, db, defaultCorpusSteps, { quiet: false }, io);
      return code;
    })(o.db));

  addEntityCommands(program, withStore, io);

  program.command('serve').description('the web UI and JSON API over a store (127.0.0.1 by default; other addresses need an access token)')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0: any free port)', positiveInt, 4317)
    .option('--host <address>', 'address to listen on; anything but loopback requires a token', '127.0.0.1')
    .option('--token <token>', 'access token (generated and printed when --host is not loopback)')
    .addOption(new Option('--max-upload <MB>', 'largest file the ingest page accepts').argParser(megabytes).default(64 * 1024 * 1024, '64'))
    .option('--log', 'log each request to stderr')
    .action((o) => withStore((s, db) => serveCommand(s, db, defaultPipeline, { host: o.host, port: o.port, token: o.token, maxUpload: o.maxUpload, log: !!o.log }, io))(o.db));

  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => { code = c; });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.err(describeError(error, io.debug || argv.includes('--debug')) + '\n');
    return EXIT.failure;
  }
}

export function processIo(): Io {
  return {
    out: (t) => void process.stdout.write(t),
    write: (t) => new Promise((resolve) => (process.stdout.write(t) ? resolve() : process.stdout.once('drain', resolve))),
    err: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    debug: process.argv.includes('--debug'),
  };
}
