/** One evaluation run: real articles + synthetic copies into a SQLite store, the copies step timed, pairs scored. */
import { existsSync, rmSync } from 'node:fs';
import type { Document } from '../../src/core/document.js';
import type { CorpusStepResult } from '../../src/core/corpus-step.js';
import { copiesStep } from '../../src/service/copies-step.js';
import { paragraphsOf } from '../../src/stages/duplicates/02-paragraphs.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { recordDocument } from './corpora.js';
import { baseRecords, makeCopies, type TruthCopy } from './eval-set.js';
import { scorePairs, type Scored } from './score.js';

export interface Evaluation {
  readonly stored: number;
  readonly truth: readonly TruthCopy[];
  readonly storeSeconds: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly result: CorpusStepResult;
  readonly scored: Scored;
}

export async function evaluate(corpora: string, options: { base: number; copies: number; seed: number; db: string }): Promise<Evaluation> {
  for (const f of [options.db, `${options.db}-wal`, `${options.db}-shm`]) if (existsSync(f)) rmSync(f);
  const store = SqliteStore.open(options.db);
  try {
    const pool: Document[] = [];
    let stored = 0, batch: Document[] = [];
    const t0 = Date.now();
    for await (const r of baseRecords(corpora, { base: options.base })) {
      const d = recordDocument(r);
      batch.push(d);
      if (stored % 10 === 0) pool.push(d);
      if (batch.length === 2000) { await store.putDocuments(batch); stored += batch.length; batch = []; }
    }
    await store.putDocuments(batch); stored += batch.length;
    const made = makeCopies(pool, options);
    await store.putDocuments(made.docs);
    const storeSeconds = (Date.now() - t0) / 1000;
    const cpu0 = process.cpuUsage(), w0 = Date.now();
    const result = await copiesStep.run(store);
    const cpu = process.cpuUsage(cpu0);
    const wallSeconds = (Date.now() - w0) / 1000;
    const starts = new Map<string, number[]>();
    for (const id of new Set(made.truth.flatMap((t) => [t.copy, t.source, ...(t.host ? [t.host] : [])]))) {
      const a = await store.getArticle(id);
      if (a) starts.set(id, paragraphsOf(a.document.text, a.article).map((p) => p.start));
    }
    const scored = scorePairs(await store.copyPairs(), made.truth, (article, start) => starts.get(article)?.indexOf(start) ?? -1);
    return { stored, truth: made.truth, storeSeconds, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, result, scored };
  } finally {
    await store.close();
  }
}
