import type { Article } from '../../core/article.js';
import type { Document } from '../../core/document.js';
import { MINHASH, PARAGRAPHS } from './rules.js';
import { paragraphsOf, type Paragraph } from './02-paragraphs.js';
import { bandKeys, minhash, shingleHashes, type MinHashParams } from './03-minhash.js';
import { creditsIn, type Credit } from './04-credits.js';

/**
 * What verification and lineage need of an article: its paragraphs (word hashes, spans, quote
 * ranges) and credit lines. The store keeps it (entry-bytes.ts), so a candidate is compared
 * without re-reading or re-tokenising its document.
 */
export interface EntryBody {
  readonly article: string;
  readonly document: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly words: number;
  readonly paragraphs: readonly Paragraph[];
  readonly credits: readonly Credit[];
}

/** What copy detection knows of one new article: its body, signature, band keys and paragraph hashes. */
export interface CopyEntry extends EntryBody {
  readonly signature: Uint32Array;
  readonly bands: readonly number[];
  /** Hashes of paragraphs long enough to be evidence of copying (see PARAGRAPHS.minIndexedWords). */
  readonly paragraphHashes: readonly string[];
}

/** Credit lines stand at the top or the bottom of an article: only its first and last CREDIT_REACH characters are searched. */
const CREDIT_REACH = 600;

function creditsNear(text: string, start: number, end: number): Credit[] {
  if (end - start <= 2 * CREDIT_REACH) return creditsIn(text, start, end);
  const head = creditsIn(text, start, start + CREDIT_REACH);
  return [...head, ...creditsIn(text, end - CREDIT_REACH, end).filter((c) => !head.some((h) => h.start === c.start))];
}

export function copyEntry(doc: Pick<Document, 'id' | 'text'>, article: Article, params: MinHashParams = MINHASH): CopyEntry {
  const paragraphs = paragraphsOf(doc.text, article);
  const all = new Uint32Array(paragraphs.reduce((n, p) => n + p.words.length, 0));
  paragraphs.reduce((at, p) => { all.set(p.words, at); return at + p.words.length; }, 0);
  const signature = minhash(shingleHashes(all, params.shingle), params.permutations);
  return {
    article: article.id,
    document: doc.id,
    title: article.title?.value ?? null,
    date: article.date?.value ?? null,
    outlet: article.outlet?.value ?? null,
    words: all.length,
    paragraphs,
    signature,
    bands: all.length === 0 ? [] : bandKeys(signature, params.bands, params.rows),
    paragraphHashes: [...new Set(paragraphs.filter((p) => p.words.length >= PARAGRAPHS.minIndexedWords).map((p) => p.hash))],
    credits: creditsNear(doc.text, article.start, article.end),
  };
}
