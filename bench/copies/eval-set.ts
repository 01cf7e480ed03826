/**
 * The evaluation set: real articles from the scale corpora, plus copies of some of them made by
 * the edits in edits.ts, with the truth of every copy (article pair and paragraph pairs).
 */
import { join } from 'node:path';
import type { Article } from '../../src/core/article.js';
import { getLayer, type Document } from '../../src/core/document.js';
import { paragraphsOf } from '../../src/stages/duplicates/02-paragraphs.js';
import { wordsOf } from '../../src/stages/duplicates/01-words.js';
import { lcsPairs } from '../../src/stages/duplicates/07-drift.js';
import { readRecords, recordDocument, SCALE, type BenchRecord } from './corpora.js';
import { applyEdit, EDIT_KINDS, rng, type EditKind } from './edits.js';

export interface TruthCopy {
  readonly copy: string;
  readonly source: string;
  readonly host: string | null;
  readonly kind: EditKind;
  /** Share of the source's words the copy keeps (longest common subsequence of words). */
  readonly kept: number;
  /** [source paragraph, copy paragraph] and, for an embed, [host paragraph, copy paragraph]. */
  readonly paragraphs: ReadonlyArray<readonly [number, number]>;
  readonly hostParagraphs: ReadonlyArray<readonly [number, number]>;
}

export interface EvalOptions { readonly base: number; readonly copies: number; readonly seed: number; readonly every?: number }

const articleOf = (d: Document) => getLayer<Article>(d, 'articles')[0]!;
const paragraphTexts = (d: Document) => paragraphsOf(d.text, articleOf(d)).map((p) => d.text.slice(p.start, p.end));

/** Base records, round-robin over the corpora so any prefix mixes wire, DOJ and Senate texts. */
export async function* baseRecords(corpora: string, options: Pick<EvalOptions, 'base' | 'every'>): AsyncGenerator<BenchRecord> {
  const its = SCALE.map((c) => readRecords(join(corpora, c, 'articles.jsonl.gz'))[Symbol.asyncIterator]());
  let n = 0, k = 0;
  const live = new Set(its.keys());
  while (n < options.base && live.size > 0) {
    for (const i of [...live]) {
      const next = await its[i]!.next();
      if (next.done) { live.delete(i); continue; }
      if (k++ % (options.every ?? 1) !== 0) continue;
      yield next.value;
      if (++n >= options.base) break;
    }
  }
}

/** Picks sources and hosts (articles of 3+ paragraphs and 80+ words) and makes one copy of each source. */
export function makeCopies(pool: readonly Document[], options: EvalOptions): { docs: Document[]; truth: TruthCopy[] } {
  const r = rng(options.seed);
  const fit = pool.filter((d) => { const ps = paragraphTexts(d); return ps.length >= 3 && wordsOf(ps.join(' ')).words.length >= 80; });
  const used = new Set<number>();
  const take = () => { for (;;) { const i = Math.floor(r() * fit.length); if (!used.has(i)) { used.add(i); return fit[i]!; } } };
  const vocabulary = wordsOf(paragraphTexts(fit[0]!).join(' ')).words.slice(0, 300);
  const docs: Document[] = [];
  const truth: TruthCopy[] = [];
  for (let n = 0; n < options.copies; n++) {
    const kind = EDIT_KINDS[n % EDIT_KINDS.length]!;
    const src = take();
    const host = kind === 'embed' ? take() : null;
    const a = articleOf(src);
    const paragraphs = applyEdit(kind, { source: paragraphTexts(src), sourceOutlet: a.outlet?.value ?? null, host: host ? paragraphTexts(host) : [], title: a.title?.value ?? null, vocabulary }, r);
    const date = a.date ? new Date(Date.parse(a.date.value) + Math.floor(r() * 4) * 86_400_000).toISOString().slice(0, 10) : null;
    const title = host ? articleOf(host).title?.value ?? null : a.title?.value ?? null;
    const doc = recordDocument({ id: `copy:${n}:${kind}`, title, date, outlet: `Copy Outlet ${n % 17}`, text: paragraphs.map((p) => p.text).join('\n\n') });
    const sourceWords = wordsOf(paragraphTexts(src).join(' ')).words;
    const copyWords = wordsOf(paragraphs.map((p) => p.text).join(' ')).words;
    truth.push({
      copy: articleOf(doc).id, source: a.id, host: host ? articleOf(host).id : null, kind,
      kept: sourceWords.length * copyWords.length > 9e6 ? 1 : lcsPairs(sourceWords, copyWords).length / sourceWords.length,
      paragraphs: paragraphs.flatMap((p, j) => (p.from === null ? [] : [[p.from, j] as const])),
      hostParagraphs: paragraphs.flatMap((p, j) => (p.host === undefined ? [] : [[p.host, j] as const])),
    });
    docs.push(doc);
  }
  return { docs, truth };
}
