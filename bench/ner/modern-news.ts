/** The modern-news set (modern-news.txt): paragraphs with `[name|TYPE]` markup, read into text and character spans. */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../src/core/mention.js';
import type { SpanKey } from '../../src/ner/score.js';

export interface GoldParagraph {
  readonly text: string;
  readonly spans: SpanKey[];
}

const TYPES: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

export function parseMarkup(block: string): GoldParagraph {
  let text = '';
  const spans: SpanKey[] = [];
  let at = 0;
  for (const m of block.matchAll(/\[([^\]|]+)\|(PER|ORG|LOC|MISC)\]/g)) {
    text += block.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + m[1]!.length, type: TYPES[m[2]!]! });
    text += m[1]!;
    at = m.index! + m[0].length;
  }
  return { text: text + block.slice(at), spans };
}

export function loadModernNews(path = new URL('./modern-news.txt', import.meta.url)): GoldParagraph[] {
  const body = readFileSync(path, 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n');
  return body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean).map(parseMarkup);
}
