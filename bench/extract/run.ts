/**
 * Scores main-content extraction on the ScrapingHub and WCXB (article pages) benchmarks:
 *   npx tsx bench/extract/run.ts [CORPORA_DIR] [--limit N] [--json out.json] [--corpus scrapinghub,wcxb-dev,wcxb-test] [--only ours] [--worst N]
 * `--worst N` prints, per corpus and extractor, the N lowest pages with their biggest missed and extra paragraphs.
 * Side by side: plain Readability (textContent), Readability + block-aware text, and readHtml.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusExists, scrapinghubPages, wcxbPages, type BenchPage, type CorpusName } from './corpora.js';
import { EXTRACTORS } from './extractors.js';
import { formatTable } from './format-table.js';
import { scoreCorpus, type CorpusResult } from './score-corpus.js';
import { formatWorst, type PageOutput } from './worst-pages.js';

interface Args { dir: string; limit: number; json?: string; corpora: CorpusName[]; only?: string; worst: number }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { dir: resolve('../shared/corpora/extraction'), limit: Infinity, worst: 0, corpora: ['scrapinghub', 'wcxb-dev', 'wcxb-test'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--json') args.json = argv[++i];
    else if (a === '--corpus') args.corpora = argv[++i]!.split(',') as CorpusName[];
    else if (a === '--only') args.only = argv[++i];
    else if (a === '--worst') args.worst = Number(argv[++i]);
    else args.dir = resolve(a);
  }
  return args;
}

function load(dir: string, corpus: CorpusName, limit: number): BenchPage[] {
  if (corpus === 'scrapinghub') return [...scrapinghubPages(dir, limit)];
  return [...wcxbPages(dir, corpus === 'wcxb-dev' ? 'dev' : 'test', limit)];
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!corpusExists(args.dir)) {
    console.error(`No corpora at ${args.dir}; pass the folder that holds scrapinghub-article-extraction-benchmark/ and wcxb/.`);
    process.exit(2);
  }
  const results: CorpusResult[] = [];
  const extractors = EXTRACTORS.filter((e) => !args.only || e.name.includes(args.only));
  for (const corpus of args.corpora) {
    const pages = load(args.dir, corpus, args.limit);
    for (const extractor of extractors) {
      const outputs: PageOutput[] = [];
      const keep = args.worst > 0 ? (page: BenchPage, body: string, score: number) => void outputs.push({ page, body, score }) : undefined;
      const result = scoreCorpus(corpus, pages, extractor, (done) => {
        if (process.stderr.isTTY || done === pages.length || done % 50 === 0) process.stderr.write(`\r${corpus} ${extractor.name}: ${done}/${pages.length}   `);
      }, keep);
      process.stderr.write('\n');
      results.push(result);
      if (keep) console.log(`${formatWorst(`${corpus} ${extractor.name}`, outputs, args.worst)}\n`);
    }
  }
  console.log(formatTable(results));
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
}

main();
