import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { htmlFragmentToText, readHtml } from '../../src/stages/ingest/html/index.js';
import type { MetaHint } from '../../src/core/document.js';
import { bodyOf } from './body-text.js';

export interface Extraction {
  readonly body: string;
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
}

export interface Extractor {
  readonly name: string;
  run(html: string): Extraction;
}

function readability(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return new Readability(doc as unknown as Document).parse();
}

/** (a) Plain Readability on linkedom, its own textContent: the published readability_js setup. */
export const readabilityTextContent: Extractor = {
  name: 'readability textContent',
  run(html) {
    const a = readability(html);
    return { body: a?.textContent ?? '', title: a?.title ?? '', author: a?.byline ?? '', date: a?.publishedTime ?? '' };
  },
};

/** (b) Readability's article HTML through our block-aware text step. */
export const readabilityBlocks: Extractor = {
  name: 'readability + blocks',
  run(html) {
    const a = readability(html);
    return { body: a?.content ? htmlFragmentToText(a.content).text : '', title: a?.title ?? '', author: a?.byline ?? '', date: a?.publishedTime ?? '' };
  },
};

function firstHint(hints: readonly MetaHint[], field: MetaHint['field']): string {
  return hints.find((h) => h.field === field)?.value ?? '';
}

/** Every author the most reliable source names (JSON-LD lists co-authors one hint each), comma-joined as WCXB writes them. */
function authors(hints: readonly MetaHint[]): string {
  const first = hints.find((h) => h.field === 'author');
  if (!first) return '';
  return [...new Set(hints.filter((h) => h.field === 'author' && h.source === first.source).map((h) => h.value))].join(', ');
}

/** (c) readHtml: body = text minus headline, boilerplate, captions, byline and dateline blocks. */
export const ours: Extractor = {
  name: 'presstrail readHtml',
  run(html) {
    const r = readHtml(html);
    const headline = r.blocks.find((b) => b.rule === 'headline');
    return {
      body: bodyOf(r.text, r.blocks),
      title: headline ? r.text.slice(headline.start, headline.end) : firstHint(r.hints, 'title'),
      author: authors(r.hints),
      date: firstHint(r.hints, 'date'),
    };
  },
};

export const EXTRACTORS: readonly Extractor[] = [readabilityTextContent, readabilityBlocks, ours];
