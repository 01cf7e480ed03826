import type { Store } from '../store.js';

export type OpenStore = () => Promise<Store>;

/** Runs a test body against a fresh store and always closes it. */
export async function withStore(open: OpenStore, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}
