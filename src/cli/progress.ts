import type { IngestProgress } from '../service/ingest-files.js';
import { formatBytes } from './output.js';

const BAR_WIDTH = 24;

/**
 * A one-line progress bar on stderr with files/s and MB/s. On a terminal it redraws in place;
 * elsewhere (CI logs, pipes) it prints a line at most every few seconds.
 */
export function progressReporter(write: (s: string) => void, isTTY: boolean, now: () => number = Date.now): { update(p: IngestProgress): void; done(): void } {
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      const interval = isTTY ? 100 : 5000;
      if (t - last < interval && p.filesDone < p.filesTotal) return;
      last = t;
      const secs = Math.max((t - started) / 1000, 1e-3);
      const share = p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : p.filesDone / Math.max(p.filesTotal, 1);
      const filled = Math.round(share * BAR_WIDTH);
      const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
      const line = `${bar} ${p.filesDone}/${p.filesTotal} files  ${formatBytes(p.bytesDone)}  ${(p.filesDone / secs).toFixed(1)} files/s  ${(p.bytesDone / 1048576 / secs).toFixed(2)} MB/s  ${p.articles} articles`;
      if (isTTY) { write(`\r\x1b[2K${line}`); drawn = true; } else write(`${line}\n`);
    },
    done() {
      if (drawn) write('\n');
    },
  };
}
