import type { CopyPair } from '../core/copy.js';
import { CandidateIndex } from '../stages/duplicates/candidate-index.js';
import { copyEntry, type CopyEntry, type EntryBody } from '../stages/duplicates/05-entry.js';
import { decodeEntryBody, encodeEntryBody } from '../stages/duplicates/entry-bytes.js';
import { verifyPair } from '../stages/duplicates/08-verify.js';
import { copyPair } from '../stages/duplicates/09-lineage.js';
import { CANDIDATES, PARAGRAPHS } from '../stages/duplicates/rules.js';
import type { CopyBacklogItem, CopyIndexRow, CopyLookup } from '../store/copies/copy-index.js';
import type { Store } from '../store/store.js';

/** Entries of this run and stored entries read back, most recent last; the oldest are dropped past ENTRY_CACHE. */
export type EntryCache = Map<string, EntryBody>;
const ENTRY_CACHE = 5000;

export interface IndexedBatch {
  readonly rows: CopyIndexRow[];
  readonly pairs: CopyPair[];
  readonly candidates: number;
}

function toRow(e: CopyEntry): CopyIndexRow {
  const { article, document, title, date, outlet, words, signature, bands, paragraphHashes } = e;
  return { article, document, title, date, outlet, words, signature, bands, paragraphHashes, body: encodeEntryBody(e) };
}

/** Stored and in-batch candidates, most shared band keys and paragraphs first (a band 1, a paragraph 2), at most CANDIDATES.maxPerArticle. */
function rankCandidates(entry: CopyEntry, stored: CopyLookup, batch: CandidateIndex): string[] {
  const score = batch.scored(entry);
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  for (const k of new Set(entry.bands)) for (const id of stored.bands.get(k) ?? []) add(id, 1);
  for (const h of new Set(entry.paragraphHashes)) {
    const p = stored.paragraphs.get(h);
    if (p && p.count < PARAGRAPHS.boilerplateArticles) for (const id of p.articles) add(id, 2);
  }
  score.delete(entry.article);
  return [...score].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, CANDIDATES.maxPerArticle).map(([id]) => id);
}

interface Planned { readonly entry: CopyEntry; readonly ids: string[]; readonly boilerplate: (hash: string) => boolean }

/** Candidates of each new entry, in order, each also checked against the entries before it in the batch. */
function plan(entries: readonly CopyEntry[], lookup: CopyLookup): Planned[] {
  const batch = new CandidateIndex();
  return entries.map((entry) => {
    const ids = rankCandidates(entry, lookup, batch);
    const counts = new Map(entry.paragraphHashes.map((h) => [h, (lookup.paragraphs.get(h)?.count ?? 0) + batch.paragraphCount(h)]));
    batch.add(entry);
    return { entry, ids, boilerplate: (h: string) => (counts.get(h) ?? 0) >= PARAGRAPHS.boilerplateArticles };
  });
}

/** Reads the stored entries the plan needs and the cache lacks, in one query. */
async function loadStored(store: Store, planned: readonly Planned[], cache: EntryCache, replaced: ReadonlySet<string>): Promise<void> {
  if (replaced.size > 0) for (const [id, e] of cache) if (replaced.has(e.document)) cache.delete(id);
  const inBatch = new Set(planned.map((p) => p.entry.article));
  const wanted = [...new Set(planned.flatMap((p) => p.ids))].filter((id) => !inBatch.has(id) && !cache.has(id));
  for (const row of await store.copyEntries(wanted)) {
    if (replaced.has(row.document)) continue;
    const { body, ...columns } = row;
    cache.set(row.article, decodeEntryBody(columns, body));
  }
}

/**
 * Checks one batch of backlog documents against the stored index and against each other: all
 * entries first, one lookup for the batch's band keys and paragraph hashes, one read of the
 * stored candidates' entries, then verification. No stored document is read.
 */
export async function indexBatch(store: Store, items: readonly CopyBacklogItem[], cache: EntryCache): Promise<IndexedBatch> {
  const entries = items.flatMap((item) => item.articles.map((a) => copyEntry({ id: item.document, text: item.text }, a))).filter((e) => e.words > 0);
  const lookup = await store.copyLookup(entries.flatMap((e) => e.bands), entries.flatMap((e) => e.paragraphHashes), PARAGRAPHS.boilerplateArticles);
  const planned = plan(entries, lookup);
  await loadStored(store, planned, cache, new Set(items.filter((i) => i.stale).map((i) => i.document)));
  const pairs: CopyPair[] = [];
  const fresh = new Map<string, EntryBody>();
  let candidates = 0;
  for (const { entry, ids, boilerplate } of planned) {
    for (const id of ids) {
      const other = fresh.get(id) ?? cache.get(id);
      if (!other) continue;
      candidates++;
      const block = verifyPair(other, entry, boilerplate);
      if (block) pairs.push(copyPair(other, entry, block));
    }
    fresh.set(entry.article, entry);
  }
  for (const [id, e] of fresh) { cache.delete(id); cache.set(id, e); }
  for (const id of cache.keys()) { if (cache.size <= ENTRY_CACHE) break; cache.delete(id); }
  return { rows: entries.map(toRow), pairs, candidates };
}
