import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pc from 'picocolors';
import type { Stage } from '../../core/stage.js';
import { PresstrailError } from '../../core/errors.js';
import { isLoopback } from '../../server/server-options.js';
import { WEB_ROOT } from '../../server/web-root.js';
import type { Store } from '../../store/store.js';
import { EXIT, type Io } from '../output.js';

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly token?: string;
  readonly maxUpload: number;
  readonly log: boolean;
}

/** `serve`: the API and the UI until Ctrl-C (or SIGTERM), then the store is closed by the caller. */
export async function serveCommand(store: Store, dbPath: string, stages: readonly Stage[], options: ServeOptions, io: Io): Promise<number> {
  const token = options.token ?? (isLoopback(options.host) ? null : randomBytes(18).toString('base64url'));
  const webRoot = existsSync(join(WEB_ROOT, 'index.html')) ? WEB_ROOT : null;
  // Loaded here, so the other commands never pay for the HTTP stack.
  const { createServer } = await import('../../server/create-server.js');
  const app = await createServer(store, { host: options.host, token, webRoot, stages, maxUploadBytes: options.maxUpload, logRequests: options.log });
  let address: string;
  try {
    address = await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new PresstrailError('PT-E050', `Cannot listen on ${options.host}:${options.port} (${code ?? (error as Error).message}): choose another --port or --host.`, { cause: error });
  }
  const base = `${address.replace('[::1]', 'localhost')}/`;
  const open = token ? `${base}?token=${token}` : base;
  if (!webRoot) io.err(`${pc.yellow('warning')}: the UI is not built (no ${WEB_ROOT}index.html): run npm run build; serving the API only\n`);
  io.out(`presstrail is serving ${dbPath}\n  Listening on ${base}\n  Open ${open} in a browser · API docs ${base}api/docs\n`);
  if (options.host === '0.0.0.0' || options.host === '::') io.out(`  (on every network interface: from another machine, use this machine's address instead of ${new URL(base).hostname})\n`);
  if (token && !options.token) io.out(`  Access token (generated): ${token}\n`);
  io.out('  Press Ctrl-C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.err('stopping…\n');
  await app.close();
  return EXIT.ok;
}
