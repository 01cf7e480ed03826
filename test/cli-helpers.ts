import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/bin.js';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process with captured output (no terminal, so no colours or progress redraws). */
export async function cli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => { out += t; },
    write: async (t) => { out += t; },
    err: (t) => { err += t; },
    isTTY: false,
    debug: false,
  });
  return { code, out, err };
}

export function tempDir(prefix = 'presstrail-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
