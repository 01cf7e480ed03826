/**
 * A small LRU of recent answers (article searches): search as you type repeats queries (typing
 * back over a word, paging back, several people on one server). Entries live `ttlMs` at most,
 * since another process may write to the store, and the server clears it after its own writes.
 */
export class ResponseCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(private readonly size = 200, private readonly ttlMs = 30_000) {}

  /** The cached answer for `key`, or `make()`'s (which is cached unless it fails). */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at <= this.ttlMs) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = make();
    this.entries.set(key, { at: Date.now(), value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
