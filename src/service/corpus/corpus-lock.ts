/**
 * Keeps one run of a corpus step at a time. `hold` runs `body` once no other holder of the same
 * step's lock is running; `onWait` is called first when it has to wait.
 */
export interface CorpusLock {
  hold<T>(step: string, onWait: () => void, body: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A lock within this process only: enough for a SQLite file or a memory store, which one
 * process writes. A PostgreSQL store, shared by many machines, uses an advisory lock in the
 * server instead (src/store/postgres/advisory-lock.ts).
 */
export function processCorpusLock(): CorpusLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async hold(step, onWait, body) {
      const before = tails.get(step);
      const run = (async () => {
        if (before) { onWait(); await before.catch(() => {}); }
        return body();
      })();
      tails.set(step, run);
      try {
        return await run;
      } finally {
        if (tails.get(step) === run) tails.delete(step);
      }
    },
    close: async () => {},
  };
}
