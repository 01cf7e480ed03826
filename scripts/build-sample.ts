/**
 * Builds the bundled sample corpus in sample/ from the Wikinews demo set (CC BY 2.5), one
 * file per input kind presstrail reads, so `npm run demo` exercises every reader.
 * Usage: npx tsx scripts/build-sample.ts [path/to/demo-wikinews/articles.jsonl]
 * The same input gives the same files (only the WARC warcinfo record carries the build time).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildWarc } from './sample/warc.js';
import { archiveHtml, articleHtml } from './sample/html.js';
import { atomFeed, rssFeed } from './sample/feeds.js';
import { markdownDump, textDump } from './sample/dumps.js';
import type { WikinewsRecord } from './sample/record.js';
import { reprintsJsonl } from './sample/reprints.js';

const source = process.argv[2] ?? '../shared/corpora/demo-wikinews/articles.jsonl';
const all: WikinewsRecord[] = readFileSync(source, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// Short and medium articles only, so the sample stays small; disjoint slices per input kind.
const pool = all.filter((r) => r.text.length > 600 && r.text.length < 5000 && !/wikinews/i.test(r.title));
const take = (() => { let i = 0; return (n: number) => { const s = pool.slice(i, i + n); i += n; return s; }; })();

const out = 'sample/corpus';
rmSync('sample', { recursive: true, force: true });
for (const d of ['jsonl', 'dumps', 'pages', 'feeds', 'warc', 'reprints']) mkdirSync(`${out}/${d}`, { recursive: true });

const jsonl = (rs: WikinewsRecord[]) => rs.map((r) => JSON.stringify({ title: r.title, date: r.date, url: r.url, outlet: r.outlet, author: r.author, text: r.text })).join('\n') + '\n';
const first = take(30);
writeFileSync(`${out}/jsonl/wikinews-export.jsonl`, jsonl(first));
// Copies of articles in the first export (the copies step finds them; see `presstrail copies`).
writeFileSync(`${out}/reprints/reprints.jsonl`, reprintsJsonl([first[0]!, first[1]!, first[2]!, first[3]!, first[4]!]));
writeFileSync(`${out}/jsonl/wikinews-export-2.jsonl.gz`, gzipSync(jsonl(take(15)), { mtime: 0 } as never));
writeFileSync(`${out}/dumps/blog-archive-1.txt`, textDump(take(6), 1));
writeFileSync(`${out}/dumps/blog-archive-2.txt`, textDump(take(8), 2));
writeFileSync(`${out}/dumps/world-roundup.md`, markdownDump(take(5)));
writeFileSync(`${out}/pages/archive-page.html`, archiveHtml(take(4)));
take(3).forEach((r, i) => writeFileSync(`${out}/pages/article-${i + 1}.html`, articleHtml(r)));
writeFileSync(`${out}/feeds/wikinews.rss`, rssFeed(take(8)));
writeFileSync(`${out}/feeds/wikinews.atom`, atomFeed(take(5)));
writeFileSync(`${out}/warc/crawl.warc.gz`, await buildWarc(take(5)));
writeFileSync('sample/ATTRIBUTION.md', readFileSync('scripts/sample/ATTRIBUTION.md', 'utf8'));
console.log(`sample/corpus written from ${source}`);
