import type { Article } from '../core/article.js';
import type { CopyPair } from '../core/copy.js';
import type { CorpusStep, CorpusStepResult } from '../core/corpus-step.js';
import { getLayer, type Document } from '../core/document.js';
import { CandidateIndex } from '../stages/duplicates/candidate-index.js';
import { copyEntry, type CopyEntry } from '../stages/duplicates/05-entry.js';
import { verifyPair } from '../stages/duplicates/08-verify.js';
import { copyPair } from '../stages/duplicates/09-lineage.js';
import { clustersOf } from '../stages/duplicates/10-clusters.js';
import { CANDIDATES, PARAGRAPHS } from '../stages/duplicates/rules.js';
import type { CopyCandidate } from '../store/copies/copy-index.js';
import type { CopyIndexRow } from '../store/copies/copy-index.js';
import type { Store } from '../store/store.js';

/** Documents read from the backlog per batch (one transaction each). */
const BATCH = 500;

interface Known { readonly entry: CopyEntry; readonly text: string }

function toRow(e: CopyEntry): CopyIndexRow {
  const { article, document, title, date, outlet, words, signature, bands, paragraphHashes } = e;
  return { article, document, title, date, outlet, words, signature, bands, paragraphHashes };
}

/** Loads stored articles' entries on demand, once per run. */
function storedEntries(store: Store, known: Map<string, Known>) {
  return async (id: string): Promise<Known | null> => {
    const hit = known.get(id);
    if (hit) return hit;
    const stored = await store.getArticle(id);
    if (!stored) return null;
    const k = { entry: copyEntry(stored.document, stored.article), text: stored.document.text };
    known.set(id, k);
    return k;
  };
}

/** Stored and in-batch candidates, most shared band keys and paragraphs first, at most CANDIDATES.maxPerArticle. */
function rankCandidates(entry: CopyEntry, stored: readonly CopyCandidate[], batch: CandidateIndex): string[] {
  const score = new Map<string, number>();
  for (const c of stored) score.set(c.article, c.bands + 2 * c.paragraphs);
  for (const [id, n] of batch.scored(entry)) score.set(id, (score.get(id) ?? 0) + n);
  score.delete(entry.article);
  return [...score].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, CANDIDATES.maxPerArticle).map(([id]) => id);
}

/** Checks one batch of new documents against the stored index and against each other. */
async function indexBatch(store: Store, docs: readonly Document[], known: Map<string, Known>): Promise<{ rows: CopyIndexRow[]; pairs: CopyPair[]; candidates: number }> {
  const batch = new CandidateIndex();
  const load = storedEntries(store, known);
  const pairs: CopyPair[] = [];
  const rows: CopyIndexRow[] = [];
  let candidates = 0;
  for (const doc of docs) {
    for (const article of getLayer<Article>(doc, 'articles')) {
      const entry = copyEntry(doc, article);
      if (entry.words === 0) continue;
      const mine = { entry, text: doc.text };
      const stored = await store.copyCandidates(entry.bands, entry.paragraphHashes, PARAGRAPHS.boilerplateArticles);
      const ids = rankCandidates(entry, stored, batch);
      const counts = await store.paragraphArticleCounts(entry.paragraphHashes);
      const boilerplate = (h: string) => (counts.get(h) ?? 0) + batch.paragraphCount(h) >= PARAGRAPHS.boilerplateArticles;
      for (const id of ids) {
        const other = await load(id);
        if (!other) continue;
        candidates++;
        const block = verifyPair(other.entry, entry, other.text, boilerplate);
        if (block) pairs.push(copyPair(other.entry, other.text, entry, doc.text, block));
      }
      batch.add(entry);
      known.set(entry.article, mine);
      rows.push(toRow(entry));
    }
  }
  return { rows, pairs, candidates };
}

/**
 * The `copies` corpus step: indexes every document stored since the last run (MinHash band keys
 * and paragraph hashes), verifies each candidate by paragraph alignment, stores the copy pairs,
 * then regroups clusters from the stored pairs (no text is re-read for that). A second run over
 * an unchanged store finds an empty backlog and changes nothing.
 */
export const copiesStep: CorpusStep = {
  name: 'copies',
  version: 1,
  async run(store: Store, progress?: (done: number, total: number) => void): Promise<CorpusStepResult> {
    const known = new Map<string, Known>();
    const dates = new Map<string, string | null>();
    let documents = 0, articles = 0, newPairs = 0, candidates = 0;
    const total = (await store.stats()).documents - (await store.copyIndexStats()).watermark;
    for (;;) {
      const backlog = await store.copyBacklog(BATCH);
      if (backlog.length === 0) break;
      const found = await indexBatch(store, backlog.map((b) => b.document), known);
      await store.putCopyIndex({ ...found, watermark: backlog[backlog.length - 1]!.seq });
      for (const r of found.rows) dates.set(r.article, r.date);
      for (const p of found.pairs) for (const id of [p.a.article, p.b.article]) if (!dates.has(id)) dates.set(id, known.get(id)?.entry.date ?? null);
      documents += backlog.length; articles += found.rows.length; newPairs += found.pairs.length; candidates += found.candidates;
      progress?.(documents, Math.max(total, documents));
      for (const id of [...known.keys()].slice(0, Math.max(0, known.size - 5000))) known.delete(id);
    }
    if (newPairs > 0) await recluster(store, dates);
    const members = await store.copyMembers();
    const clusters = new Set(members.map((m) => m.cluster)).size;
    return {
      summary: `${articles} articles indexed, ${newPairs} new copy pairs; ${clusters} clusters over ${members.length} articles`,
      counts: { documents, articles, pairs: newPairs, candidates, clusters, clusteredArticles: members.length },
    };
  },
};

/** Regroups clusters from all stored pairs; dates come from this run's entries and the stored members. */
async function recluster(store: Store, seen: ReadonlyMap<string, string | null>): Promise<void> {
  const pairs = await store.copyPairs();
  const dates = new Map<string, string | null>((await store.copyMembers()).map((m) => [m.article, m.date]));
  for (const [id, d] of seen) dates.set(id, d);
  const missing = pairs.flatMap((p) => [p.a.article, p.b.article]).filter((id) => !dates.has(id));
  for (const id of new Set(missing)) dates.set(id, (await store.getArticle(id))?.article.date?.value ?? null);
  await store.replaceCopyMembers(clustersOf({ pairs: pairs.map((p) => ({ a: p.a.article, b: p.b.article, strong: p.kind !== 'partial' })), dates }));
}
