/**
 * Quote fixtures (the articles stage is not run: each input is one article): every folder test/quote-fixtures/<slug>/ holds input.txt (one article written for
 * this set, not taken from any corpus) and expected.json, the quotes and attributions the stage must
 * find, as readable text. `npx tsx test/quote-fixtures/update.ts [slug…]` rewrites expected.json from
 * current output; a person reviews the diff before committing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/core/span.js';
import { quotesOf } from '../../src/stages/quotes/testing.js';

export const QUOTE_FIXTURES_DIR = new URL('./', import.meta.url).pathname;

export function quoteFixtureSlugs(): string[] {
  return readdirSync(QUOTE_FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

const cut = (text: string, s: Span | null | undefined) => (s ? text.slice(s.start, s.end) : null);

export interface QuoteSummary {
  readonly quotes: ReadonlyArray<{ text: string; kind: string; rule: string; cue: string | null; speaker: string | null; speakerKind: string | null; mention: string | null; resolved: string | null }>;
  readonly attributions: ReadonlyArray<{ sentence: string; source: string; kind: string }>;
}

/** Runs sentences → quotes on a plain-text article (the whole text, first line as title) and summarises what was found. */
export function summarise(text: string): QuoteSummary {
  const found = quotesOf(text);
  const quotes = found.quotes.map((q) => ({
    text: cut(text, q)!, kind: q.kind, rule: q.rule, cue: cut(text, q.cue), speaker: q.speaker?.name ?? null,
    speakerKind: q.speaker?.kind ?? null, mention: cut(text, q.speaker?.mention), resolved: cut(text, q.speaker?.resolved),
  }));
  const attributions = found.attributions.map((a) => ({ sentence: cut(text, a)!, source: a.source.name, kind: a.source.kind }));
  return { quotes, attributions };
}

export function readFixture(slug: string): { text: string; expected: QuoteSummary } {
  const text = readFileSync(join(QUOTE_FIXTURES_DIR, slug, 'input.txt'), 'utf8');
  return { text, expected: JSON.parse(readFileSync(join(QUOTE_FIXTURES_DIR, slug, 'expected.json'), 'utf8')) as QuoteSummary };
}
