import type { BenchPage, CorpusName } from './corpora.js';
import type { Extractor } from './extractors.js';
import { aggregateShingles, mean, meanPrf, shingleScore, snippetShare, wordScore, type ShingleScore, type Prf } from './metrics.js';
import { newTally, tallyField, type MetaTally } from './meta-score.js';

export interface CorpusResult {
  readonly corpus: CorpusName;
  readonly extractor: string;
  readonly pages: number;
  readonly f1: number;
  readonly p: number;
  readonly r: number;
  readonly accuracy?: number;
  readonly withShare?: number;
  readonly withoutShare?: number;
  readonly msPerPage: number;
  readonly meta?: { title: MetaTally; author: MetaTally; date: MetaTally };
  readonly perPage: Record<string, number>;
}

/** Runs one extractor over a corpus's pages and scores it with that corpus's metric. */
export function scoreCorpus(corpus: CorpusName, pages: readonly BenchPage[], extractor: Extractor, progress: (done: number) => void, onPage?: (page: BenchPage, body: string, score: number) => void): CorpusResult {
  const shingle: ShingleScore[] = [];
  const words: Prf[] = [];
  const withShares: number[] = [];
  const withoutShares: number[] = [];
  const meta = { title: newTally(), author: newTally(), date: newTally() };
  const perPage: Record<string, number> = {};
  let ms = 0;
  pages.forEach((page, i) => {
    const started = performance.now();
    let out;
    try {
      out = extractor.run(page.html);
    } catch {
      out = { body: '' };
    }
    ms += performance.now() - started;
    if (corpus === 'scrapinghub') {
      const s = shingleScore(page.body, out.body);
      shingle.push(s);
      perPage[page.id] = s.tp;
      onPage?.(page, out.body, s.tp / Math.max(1e-9, s.tp + (s.fp + s.fn) / 2));
    } else {
      const w = wordScore(page.body, out.body);
      words.push(w);
      perPage[page.id] = w.f1;
      onPage?.(page, out.body, w.f1);
      const a = snippetShare(out.body, page.with ?? []);
      const b = snippetShare(out.body, page.without ?? []);
      if (a !== null) withShares.push(a);
      if (b !== null) withoutShares.push(b);
      tallyField(meta.title, 'title', page.title, out.title);
      tallyField(meta.author, 'author', page.author, out.author);
      tallyField(meta.date, 'date', page.date, out.date);
    }
    progress(i + 1);
  });
  const base = { corpus, extractor: extractor.name, pages: pages.length, msPerPage: ms / Math.max(1, pages.length), perPage };
  if (corpus === 'scrapinghub') return { ...base, ...aggregateShingles(shingle) };
  return { ...base, ...meanPrf(words), withShare: mean(withShares), withoutShare: mean(withoutShares), meta };
}
