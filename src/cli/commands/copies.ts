import pc from 'picocolors';
import type { CopyPair } from '../../core/copy.js';
import { PresstrailError } from '../../core/errors.js';
import { copiesStep } from '../../service/copies-step.js';
import { clusterSummaries } from '../../store/copies/cluster-summaries.js';
import type { Store } from '../../store/store.js';
import { EXIT, table, type Io } from '../output.js';
import { quoteChanges, sideBySide, type Paint } from './copies-render.js';

export interface CopiesOptions {
  readonly json: boolean;
  readonly limit: number;
  /** Bring the copy index up to date first (cheap when nothing new was stored). */
  readonly update: boolean;
  readonly width?: number;
}

/** Runs the incremental copies step and prints its one-line summary on stderr when it indexed anything. */
export async function updateCopies(store: Store, io: Io): Promise<void> {
  const result = await copiesStep.run(store, (done, total) => { if (io.isTTY) io.err(`\r\x1b[2Kcopies: ${done}/${total} documents`); });
  if (io.isTTY) io.err('\r\x1b[2K');
  if ((result.counts?.documents ?? 0) > 0) io.err(`copies: ${result.summary}\n`);
}

/** `copies`: clusters, largest first. `copies ID`: the aligned pairs of a cluster, pair or article. */
export async function copiesCommand(store: Store, id: string | undefined, options: CopiesOptions, io: Io): Promise<number> {
  if (options.update) await updateCopies(store, io);
  if (id !== undefined) return showCopies(store, id, options, io);
  const clusters = clusterSummaries(await store.copyMembers(), await store.copyPairs()).slice(0, options.limit);
  if (options.json) {
    for (const c of clusters) io.out(JSON.stringify(c) + '\n');
    return EXIT.ok;
  }
  if (clusters.length === 0) { io.err('No copies found.\n'); return EXIT.ok; }
  io.out(table(['CLUSTER', 'SIZE', 'PAIRS', 'FIRST', 'LAST', 'EARLIEST VERSION', 'OUTLETS'],
    clusters.map((c) => [c.id, String(c.size), String(c.pairs), c.firstDate ?? '', c.lastDate ?? '', c.title ?? c.earliest, c.outlets.join(', ')]),
    [14, 4, 5, 10, 10, 44, 40]));
  io.err(`Details: presstrail copies ${clusters[0]!.id}\n`);
  return EXIT.ok;
}

async function pairsFor(store: Store, id: string): Promise<CopyPair[]> {
  if (id.startsWith('c_')) return store.copyPairs({ cluster: id });
  if (id.startsWith('a_')) return store.copyPairs({ article: id });
  if (id.startsWith('p_')) return (await store.copyPairs()).filter((p) => p.id === id);
  throw new PresstrailError('PT-E020', `"${id}" is no cluster (c_…), copy pair (p_…) or article (a_…) id: list clusters with presstrail copies.`);
}

async function showCopies(store: Store, id: string, options: CopiesOptions, io: Io): Promise<number> {
  const pairs = await pairsFor(store, id);
  if (pairs.length === 0) { io.err(`No copies of ${id}.\n`); return EXIT.notFound; }
  if (options.json) {
    for (const p of pairs) io.out(JSON.stringify(p) + '\n');
    return EXIT.ok;
  }
  const c = pc.createColors(io.isTTY);
  const paint: Paint = { del: (s) => c.red(s), ins: (s) => c.green(s), dim: (s) => c.dim(s), bold: (s) => c.bold(s) };
  for (const p of pairs) io.out(await renderPair(store, p, options.width ?? 120, paint) + '\n');
  return EXIT.ok;
}

async function renderPair(store: Store, p: CopyPair, width: number, paint: Paint): Promise<string> {
  const [a, b] = await Promise.all([store.getArticle(p.a.article), store.getArticle(p.b.article)]);
  if (!a || !b) return paint.dim(`${p.id}: an article of this pair is no longer stored`);
  const label = (x: typeof a) => `${x.article.title?.value ?? x.article.id} · ${x.article.outlet?.value ?? 'no outlet'} · ${x.article.date?.value ?? 'undated'}`;
  const dir = p.direction === null ? 'direction unknown' : p.direction === 'a->b' ? 'b copied a' : 'a copied b';
  const why = p.evidence.rule === 'credit' ? `credit "${(p.evidence.credit!.article === b.article.id ? b : a).document.text.slice(p.evidence.credit!.start, p.evidence.credit!.end).trim()}"` : p.evidence.rule;
  const lines = [
    paint.bold(`${p.id}  ${p.match} ${p.kind} copy, similarity ${p.similarity}, ${dir} (${why})`),
    `  a ${p.a.article} [${p.a.start}, ${p.a.end})  ${label(a)}  (${Math.round(p.coverage.a * 100)}% of its words)`,
    `  b ${p.b.article} [${p.b.start}, ${p.b.end})  ${label(b)}  (${Math.round(p.coverage.b * 100)}% of its words)`,
    paint.dim(`  ${p.paragraphs.filter((x) => x.match === 'same').length} paragraphs the same, ${p.paragraphs.filter((x) => x.match === 'changed').length} changed, ${p.unmatched.a} only in a, ${p.unmatched.b} only in b; [-cut-] {+added+}`),
  ];
  for (const pp of p.paragraphs) {
    const edits = p.drift.filter((d) => d.a.start >= pp.a.start && d.a.end <= pp.a.end && d.b.start >= pp.b.start && d.b.end <= pp.b.end);
    lines.push(paint.dim(`  ¶ a[${pp.a.start}, ${pp.a.end}) ↔ b[${pp.b.start}, ${pp.b.end})  ${pp.match}${pp.match === 'changed' ? ` ${pp.similarity}` : ''}`));
    lines.push(sideBySide(a.document.text, b.document.text, pp, edits, width, paint));
  }
  const quotes = quoteChanges(a.document.text, b.document.text, p.drift);
  if (quotes.length > 0) lines.push(paint.bold('  changes inside quotations:'), ...quotes.map((q) => `    ${q}`));
  return lines.join('\n') + '\n';
}
