/** ECB+: 982 texts in 86 same-event clusters, mostly NOT copies: every copy found is listed for inspection. */
import type { Article } from '../../src/core/article.js';
import { getLayer } from '../../src/core/document.js';
import { copyEntry } from '../../src/stages/duplicates/05-entry.js';
import { findCopies } from '../../src/stages/duplicates/find-copies.js';
import { readRecords, recordDocument, type BenchRecord } from './corpora.js';

export interface EcbResult { readonly texts: number; readonly pairs: number; readonly sameEvent: number; readonly crossEvent: number; readonly detail: string[] }

export async function ecbPairs(path: string): Promise<EcbResult> {
  const records: BenchRecord[] = [];
  for await (const r of readRecords(path)) records.push(r);
  const docs = records.map(recordDocument);
  const cluster = new Map(docs.map((d, i) => [getLayer<Article>(d, 'articles')[0]!.id, records[i]!]));
  const found = findCopies(docs.map((d) => ({ entry: copyEntry(d, getLayer<Article>(d, 'articles')[0]!), text: d.text })));
  const detail = found.pairs.map((p) => `${cluster.get(p.a.article)!.id} ~ ${cluster.get(p.b.article)!.id}: ${p.match} ${p.kind} ${p.similarity} (${p.paragraphs.length} paragraphs, ${p.rule})`);
  const same = found.pairs.filter((p) => cluster.get(p.a.article)!.cluster === cluster.get(p.b.article)!.cluster).length;
  return { texts: docs.length, pairs: found.pairs.length, sameEvent: same, crossEvent: found.pairs.length - same, detail };
}

export async function ecbPlus(path: string): Promise<string> {
  const r = await ecbPairs(path);
  const possible = r.texts * (r.texts - 1) / 2;
  return [`ECB+ (${r.texts} texts, ${possible} pairs): ${r.pairs} copy pairs found (${r.sameEvent} within a same-event cluster, ${r.crossEvent} across clusters)`, ...r.detail.map((d) => `  ${d}`)].join('\n');
}
