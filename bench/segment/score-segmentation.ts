import { createDocument } from '../../src/core/document.js';
import { sha256Hex } from '../../src/core/hash.js';
import { segmentArticles } from '../../src/stages/articles/index.js';
import { buildDump, f1, rng, type Rec } from './dump-builder.js';

export interface SegmentationScore {
  readonly dumps: number;
  readonly articles: number;
  readonly boundary: { readonly p: number; readonly r: number; readonly f1: number };
  readonly title: { readonly p: number; readonly r: number; readonly f1: number };
  readonly misses: string[];
}

function textDocument(text: string) {
  return createDocument({ origin: { uri: 'dump.txt', mediaType: 'text/plain', sha256: sha256Hex(text), byteLength: text.length, encoding: 'utf-8' }, text });
}

/**
 * An article counts as found when it starts at most 40 characters before a true title (a
 * dateline or clutter line may be attached above it); its title counts when span and value match.
 */
export function scoreSegmentation(recs: readonly Rec[], options: { dumps: number; seed: number; bare: number }): SegmentationScore {
  const rand = rng(options.seed);
  let tp = 0, pred = 0, goldN = 0, ttp = 0, tpred = 0;
  const misses: string[] = [];
  for (let i = 0; i < options.dumps; i++) {
    const { text, gold } = buildDump(recs, rand, options.bare);
    const articles = segmentArticles(textDocument(text));
    pred += articles.length;
    goldN += gold.length;
    tpred += articles.filter((a) => a.title).length;
    const used = new Set<number>();
    for (const a of articles) {
      const g = gold.findIndex((x, j) => !used.has(j) && a.start <= x.titleStart && x.titleStart - a.start <= 40);
      if (g >= 0) { used.add(g); tp++; if (a.title?.start === gold[g]!.titleStart && a.title.value === gold[g]!.title) ttp++; }
      else if (misses.length < 8) misses.push(`spurious: ${JSON.stringify(a.title?.value ?? text.slice(a.start, a.start + 60))}`);
    }
    gold.forEach((x, j) => { if (!used.has(j) && misses.length < 16) misses.push(`missed: ${JSON.stringify(x.title)}`); });
  }
  const bp = tp / pred, br = tp / goldN, tP = ttp / tpred, tR = ttp / goldN;
  return { dumps: options.dumps, articles: goldN, boundary: { p: bp, r: br, f1: f1(bp, br) }, title: { p: tP, r: tR, f1: f1(tP, tR) }, misses };
}
