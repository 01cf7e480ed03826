/** SQLSTATE classes and codes that say the server went away or is not ready, not that a query is wrong. */
const LOST_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const LOST_MESSAGE = /Connection terminated|connection timeout|terminating connection|Client has encountered a connection error|the database system is (starting up|shutting down)|Connection ended/i;

/** True when `error` (or an error it wraps) means the connection to PostgreSQL was lost or refused. */
export function isConnectionLost(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && LOST_CODES.has(code)) return true;
    if (e instanceof Error && LOST_MESSAGE.test(e.message)) return true;
  }
  return false;
}

export interface PersistOptions {
  readonly signal?: AbortSignal;
  /** Called at each failed attempt while the server is away. */
  readonly onLost?: (error: unknown) => void;
  /** Give up (rethrow) after the server has been away this long. Default 10 minutes. */
  readonly giveUpSeconds?: number;
}

/**
 * Runs `body` until it gets through: while PostgreSQL is restarting, every attempt fails with a
 * lost connection, and the next one waits a little longer (0.5 s doubling to 5 s). Any other
 * error is the caller's. `body` must be safe to run again: ingest is (documents and sources are
 * content-addressed and written in transactions), and so are a job's complete and fail.
 */
export async function persist<T>(body: () => Promise<T>, options: PersistOptions = {}): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await body();
    } catch (error) {
      const giveUp = Date.now() - started > (options.giveUpSeconds ?? 600) * 1000;
      if (!isConnectionLost(error) || giveUp || options.signal?.aborted) throw error;
      options.onLost?.(error);
      await sleep(Math.min(500 * 2 ** attempt, 5000), options.signal);
    }
  }
}

export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); done(); }, { once: true });
  });
}
