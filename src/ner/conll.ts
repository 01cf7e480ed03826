/**
 * Reads CoNLL-2003 files (word POS chunk NER, IOB1 tags, `-DOCSTART-` between documents) into
 * documents of sentences with entity spans over token indexes. Only words and NER tags are kept.
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../core/mention.js';
import type { TokenSpan } from '../stages/ner/tags.js';

export interface ConllSentence {
  readonly words: string[];
  readonly spans: TokenSpan[];
}

export type ConllDocument = ConllSentence[];

const TYPE: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/** Entity spans from IOB1 (or IOB2) tags. */
export function iobSpans(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number): void => {
    if (open) out.push({ start: open.start, end, type: TYPE[open.type]! });
    open = null;
  };
  tags.forEach((tag, i) => {
    const type = tag.slice(2);
    if (tag === 'O') close(i);
    else if (tag.startsWith('B-') || !open || open.type !== type) {
      close(i);
      open = { start: i, type };
    }
  });
  close(tags.length);
  return out;
}

export function readConll(path: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) doc.push({ words, spans: iobSpans(tags) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
    } else if (cols.length < 4) endSentence();
    else {
      words.push(cols[0]!);
      tags.push(cols[3]!);
    }
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}
