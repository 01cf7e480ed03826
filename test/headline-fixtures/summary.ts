/**
 * Headline fixtures: every folder test/headline-fixtures/<slug>/ holds input.txt (first line the
 * headline, then the body) and expected.json, what the headlines stage makes of it as readable
 * text. `npx tsx test/headline-fixtures/update.ts [slug…]` rewrites expected.json from current
 * output; a person reviews the diff before committing. See NOTES.md for what each one pins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/core/span.js';
import { checkOf } from '../../src/stages/headlines/testing.js';

export const HEADLINE_FIXTURES_DIR = new URL('./', import.meta.url).pathname;

export function headlineFixtureSlugs(): string[] {
  return readdirSync(HEADLINE_FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

const cut = (text: string, s: Span | null | undefined) => (s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 120) : null);

/** The headline check of an input (headline, blank line, body) as text a reviewer can read. */
export function summarise(input: string) {
  const newline = input.indexOf('\n');
  const { text, check } = checkOf(input.slice(0, newline).trim(), input.slice(newline).trim());
  return {
    headline: cut(text, check)!, verdict: check.verdict, unsupported: check.unsupportedFragments.map((f) => cut(text, f)),
    claims: check.claims.map((c) => ({
      rule: c.rule, claim: cut(text, c), verdict: c.verdict, speaker: c.speaker?.name ?? null, mention: cut(text, c.speaker?.mention),
      match: c.speaker?.match ?? null, reason: c.reason, evidence: c.evidence.map((e) => `${e.similarity.toFixed(2)} ${e.quote ? 'quote' : 'paragraph'}: ${cut(text, e)}`),
    })),
  };
}

export function readFixture(slug: string): { input: string; expected: ReturnType<typeof summarise> } {
  const input = readFileSync(join(HEADLINE_FIXTURES_DIR, slug, 'input.txt'), 'utf8');
  return { input, expected: JSON.parse(readFileSync(join(HEADLINE_FIXTURES_DIR, slug, 'expected.json'), 'utf8')) as ReturnType<typeof summarise> };
}
