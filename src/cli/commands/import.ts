import pc from 'picocolors';
import { importDumps, type ImportSummary } from '../../service/import-dump.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

function summaryText(s: ImportSummary): string {
  return [
    `${s.files} files, ${s.lines} records: ${s.documentsAdded} documents added, ${s.documentsExisting} already stored; ${s.sourcesAdded} sources added, ${s.sourcesExisting} already stored; ${s.correctionsAdded} corrections added, ${s.correctionsExisting} already stored`,
    `${s.problems} bad lines${s.skipped > 0 ? `; ${s.skipped} records of kinds this presstrail does not store were skipped` : ''}`,
  ].join('\n');
}

/** `presstrail import FILES`: dumps into the store, with a line per bad record and a summary. */
export async function importCommand(store: Store, files: readonly string[], options: { quiet: boolean; json: boolean }, io: Io): Promise<number> {
  let last = Date.now();
  const summary = await importDumps(store, files, {
    onProblem: (p) => io.err(`${pc.red('error')}: ${p.where}: ${p.reason}\n`),
    onProgress: (s) => {
      if (options.quiet || Date.now() - last < 5000) return;
      last = Date.now();
      io.err(`import: ${s.lines} records read, ${s.documentsAdded} documents added\n`);
    },
  });
  if (options.json) io.out(JSON.stringify(summary) + '\n');
  else if (!options.quiet) io.err(summaryText(summary) + '\n');
  return summary.problems > 0 ? EXIT.partial : EXIT.ok;
}
