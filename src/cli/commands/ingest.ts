import pc from 'picocolors';
import type { Stage } from '../../core/stage.js';
import { ingestFiles, type IngestSummary } from '../../service/ingest-files.js';
import { listInputs } from '../../service/list-inputs.js';
import type { Store } from '../../store/store.js';
import { EXIT, formatBytes, type Io } from '../output.js';
import { progressReporter } from '../progress.js';
import { copiesStep } from '../../service/copies-step.js';
import { updateCopies } from './copies.js';

export interface IngestCommandOptions {
  readonly maxSize: number;
  readonly quiet: boolean;
  readonly json: boolean;
  /** Run the incremental copies step after storing (default true). */
  readonly copies?: boolean;
}

export function summaryText(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` (${(s.files / s.seconds).toFixed(1)} files/s, ${(s.bytes / 1048576 / s.seconds).toFixed(2)} MB/s)` : '';
  const errors = s.problems.filter((p) => p.severity === 'error').length;
  return [
    `${s.files} files, ${formatBytes(s.bytes)} in ${s.seconds.toFixed(1)} s${rate}`,
    `${s.documentsAdded} documents added, ${s.articlesAdded} articles; ${s.documentsExisting} documents already stored; ${s.unchanged} files unchanged since an earlier ingest`,
    `${s.failed} files failed, ${errors} errors, ${s.problems.length - errors} warnings`,
  ].join('\n');
}

export async function ingestCommand(store: Store, paths: readonly string[], stages: readonly Stage[], options: IngestCommandOptions, io: Io): Promise<number> {
  const listing = listInputs(paths);
  for (const m of listing.missing) io.err(`${pc.red('error')}: PT-E008 ${m.arg}: ${m.reason}\n`);
  const progress = progressReporter(io.err, io.isTTY && !options.quiet);
  const summary = await ingestFiles(store, listing.files, {
    stages,
    maxBytes: options.maxSize,
    onProgress: options.quiet ? undefined : (p) => progress.update(p),
    onProblem: (p) => {
      progress.done();
      io.err(`${p.severity === 'error' ? pc.red('error') : pc.yellow('warning')}: ${p.uri}: ${p.reason}\n`);
    },
  });
  progress.done();
  if (options.json) io.out(JSON.stringify({ ...summary, missing: listing.missing }) + '\n');
  else if (!options.quiet) io.err(summaryText(summary) + '\n');
  if (options.copies !== false && summary.documentsAdded > 0) {
    if (options.quiet || options.json) await copiesStep.run(store);
    else await updateCopies(store, io);
  }
  if (listing.files.length === 0) return EXIT.usage;
  return summary.failed > 0 || listing.missing.length > 0 ? EXIT.partial : EXIT.ok;
}
