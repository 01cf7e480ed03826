import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/bin.js';
/** Colour codes: picocolors turns colour on when a CI variable is set, even without a terminal. */
const ANSI = /\x1b\[[0-9;]*m/g;
/**
 * Runs the CLI in-process with captured output (no terminal, so no progress redraws), colour
 * codes removed so assertions read the text a person sees.
 */
export async function cli(...argv) {
    let out = '';
    let err = '';
    const code = await main(argv, {
        out: (t) => { out += t; },
        write: async (t) => { out += t; },
        err: (t) => { err += t; },
        isTTY: false,
        debug: false,
    });
    return { code, out: out.replace(ANSI, ''), err: err.replace(ANSI, '') };
}
export function tempDir(prefix = 'presstrail-') {
    return mkdtempSync(join(tmpdir(), prefix));
}
//# sourceMappingURL=cli-helpers.js.map