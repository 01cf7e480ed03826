import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  readonly id: string;
  readonly url?: string;
  readonly html: string;
  readonly body: string;
  readonly title?: string | null;
  readonly author?: string | null;
  readonly date?: string | null;
  readonly with?: readonly string[];
  readonly without?: readonly string[];
}

export type CorpusName = 'scrapinghub' | 'wcxb-dev' | 'wcxb-test';

const readGz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

export function corpusExists(dir: string): boolean {
  return existsSync(join(dir, 'scrapinghub-article-extraction-benchmark', 'ground-truth.json'));
}

/** ScrapingHub pages in id order; only the article body is annotated. */
export function* scrapinghubPages(dir: string, limit = Infinity): Generator<BenchPage> {
  const root = join(dir, 'scrapinghub-article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ids = Object.keys(truth).sort().slice(0, limit);
  for (const id of ids) yield { id, html: readGz(join(root, 'html', `${id}.html.gz`)), body: truth[id]!.articleBody };
}

interface WcxbTruth {
  url?: string;
  _internal: { page_type: { primary: string } };
  ground_truth: { title: string | null; author: string | null; publish_date: string | null; main_content?: string; with?: string[]; without?: string[] };
}

/** WCXB article pages of one split (page_type.primary = article, as upstream reads it). */
export function* wcxbPages(dir: string, split: 'dev' | 'test', limit = Infinity): Generator<BenchPage> {
  const root = join(dir, 'wcxb', split);
  let n = 0;
  for (const file of readdirSync(join(root, 'ground-truth')).sort()) {
    if (n >= limit) return;
    const gt = JSON.parse(readFileSync(join(root, 'ground-truth', file), 'utf8')) as WcxbTruth;
    if (gt._internal.page_type.primary !== 'article') continue;
    const id = file.replace(/\.json$/, '');
    const g = gt.ground_truth;
    n++;
    yield { id, url: gt.url ?? '', html: readGz(join(root, 'html', `${id}.html.gz`)), body: g.main_content ?? "", title: g.title, author: g.author, date: g.publish_date, with: g.with ?? [], without: g.without ?? [] };
  }
}
