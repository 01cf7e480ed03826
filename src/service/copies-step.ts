import type { CorpusStep, CorpusStepResult } from '../core/corpus-step.js';
import { clustersOf } from '../stages/duplicates/10-clusters.js';
import type { Store } from '../store/store.js';
import { indexBatch, type EntryCache } from './copies-batch.js';

/**
 * Documents read from the backlog per batch (one lookup, one read of stored candidates and one
 * transaction each). Large, because band keys are random: each transaction rewrites most pages
 * of the band index whatever its size, so fewer, bigger ones write far less (500: ~7 GB of WAL
 * for 100k articles, 4,000: under 1 GB).
 */
const BATCH = 4000;

/**
 * The `copies` corpus step: indexes every document stored (or replaced by `reprocess`) since the
 * last run — MinHash band keys, paragraph hashes and the paragraphs' word hashes — verifies each
 * candidate by paragraph alignment against its stored entry, stores the copy pairs, then regroups
 * clusters from the stored pairs' columns (no text is re-read for any of it). A second run over an
 * unchanged store finds an empty backlog and changes nothing.
 */
export const copiesStep: CorpusStep = {
  name: 'copies',
  version: 2,
  async run(store: Store, progress?: (done: number, total: number) => void): Promise<CorpusStepResult> {
    const cache: EntryCache = new Map();
    let documents = 0, articles = 0, newPairs = 0, candidates = 0, replaced = 0;
    const total = (await store.stats()).documents - (await store.copyIndexStats()).watermark;
    for (;;) {
      const backlog = await store.copyBacklog(BATCH);
      if (backlog.length === 0) break;
      const found = await indexBatch(store, backlog, cache);
      const stale = backlog.filter((b) => b.stale).map((b) => b.document);
      const watermark = Math.max(0, ...backlog.filter((b) => !b.stale).map((b) => b.seq));
      await store.putCopyIndex({ ...found, watermark, replaced: stale });
      documents += backlog.length; articles += found.rows.length; newPairs += found.pairs.length; candidates += found.candidates; replaced += stale.length;
      progress?.(documents, Math.max(total, documents));
    }
    if (newPairs > 0 || replaced > 0) await recluster(store);
    const members = await store.copyMembers();
    const clusters = new Set(members.map((m) => m.cluster)).size;
    return {
      summary: `${articles} articles indexed${replaced > 0 ? ` (${replaced} reprocessed documents re-indexed)` : ''}, ${newPairs} new copy pairs; ${clusters} clusters over ${members.length} articles`,
      counts: { documents, articles, pairs: newPairs, candidates, clusters, clusteredArticles: members.length, reindexed: replaced },
    };
  },
};

/** Regroups clusters from all stored pairs, with the dates kept in the index. */
async function recluster(store: Store): Promise<void> {
  const links = await store.copyLinks();
  const dates = new Map<string, string | null>();
  for (const l of links) { dates.set(l.a, l.aDate); dates.set(l.b, l.bDate); }
  await store.replaceCopyMembers(clustersOf({ pairs: links.map((l) => ({ a: l.a, b: l.b, strong: l.strong })), dates }));
}
