/**
 * Golden fixtures: every folder test/fixtures/<slug>/ holds one input file (input.txt, input.md,
 * input.html, input.rss, input.jsonl, input.warc, …) and expected.json, a readable summary of what
 * ingest made of it. `npm run fixtures:update [slug…]` rewrites expected.json from current output;
 * a person reviews the diff (and the fixture's NOTES.md, where there is one) before committing.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/article.js';
import { getLayer } from '../src/core/document.js';
import { runPipeline } from '../src/core/pipeline.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { readInput } from '../src/stages/ingest/read-input.js';

export const FIXTURES_DIR = new URL('./fixtures/', import.meta.url).pathname;

export function fixtureSlugs(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function inputFile(slug: string): string | null {
  const name = readdirSync(join(FIXTURES_DIR, slug)).find((n) => n.startsWith('input.'));
  return name ? join(FIXTURES_DIR, slug, name) : null;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function fieldSummary(text: string, f: Article['title']): string | null {
  if (!f) return null;
  const where = f.start !== undefined ? `text[${f.start}-${f.end}]` : f.source;
  if (f.start !== undefined && text.slice(f.start, f.end) !== f.value) return `${f.value} (${where}: "${text.slice(f.start, f.end)}")`;
  return `${f.value} (${where})`;
}

function articleSummary(text: string, a: Article) {
  return {
    span: [a.start, a.end],
    title: fieldSummary(text, a.title),
    date: fieldSummary(text, a.date),
    author: fieldSummary(text, a.author),
    outlet: fieldSummary(text, a.outlet),
    url: fieldSummary(text, a.url),
    begins: cut(oneLine(text.slice(a.title?.end ?? a.start, a.end)), 70),
    ends: oneLine(text.slice(Math.max(a.start, a.end - 60), a.end)),
    boilerplate: a.boilerplate.map((b) => `${b.label}: ${cut(oneLine(text.slice(b.start, b.end)), 60)}`),
  };
}

/** What ingest makes of one fixture input, in a form a person can review in a diff. */
export async function summariseFixture(slug: string) {
  const path = inputFile(slug);
  if (!path) throw new Error(`test/fixtures/${slug} has no input.* file`);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const read = await readInput({ bytes: readFileSync(path), uri: name }, name);
  const documents = read.documents.map((d) => runPipeline(defaultPipeline, d)).map((d) => ({
    uri: d.origin.uri,
    mediaType: d.origin.mediaType,
    encoding: d.origin.encoding,
    messages: d.messages.map((m) => `${m.source}/${m.ruleId}: ${m.reason}`),
    articles: getLayer<Article>(d, 'articles').map((a) => articleSummary(d.text, a)),
  }));
  return { input: name, problems: read.problems.map((p) => `${p.severity}: ${p.uri}: ${p.reason}`), documents };
}

export function expectedPath(slug: string): string {
  return join(FIXTURES_DIR, slug, 'expected.json');
}

export function readExpected(slug: string): unknown | null {
  const p = expectedPath(slug);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
}
