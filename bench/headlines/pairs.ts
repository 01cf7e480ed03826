/**
 * The headline evaluation set: bench/headlines/pairs.jsonl, one headline/body pair a line. Bodies
 * are never in the repository: each pair names its corpus file and record id under the shared
 * corpora folder, and the body is read from there at evaluation time. Headlines marked
 * `original` are the record's own title; `rewritten` ones were written for this set, with the
 * verdict their author knows from reading the body.
 * Pairs are `dev` (the rules were tuned looking at them), `test` (written afterwards and
 * labelled before the stage ever ran on them: the first unseen check, since read) or `test2`
 * (70 pairs over 16 bodies no earlier pair uses, written and labelled before the meaning checks
 * of headlines.v1's second round ran on them: the unseen check now).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HeadlineVerdict } from '../../src/core/headline.js';

export interface Pair {
  readonly id: string;
  readonly corpus: string;
  readonly record: string;
  readonly headline: string;
  /** The headline form the writer meant (`none` for a headline that attributes nothing). */
  readonly form: string;
  readonly expected: HeadlineVerdict;
  readonly origin: 'original' | 'rewritten';
  /** `dev`: the stage was tuned looking at these; `test`, `test2`: written after tuning, labelled before the stage ran on them. */
  readonly split: 'dev' | 'test' | 'test2';
  readonly note?: string;
}

export const PAIRS_FILE = new URL('./pairs.jsonl', import.meta.url).pathname;

export function loadPairs(file = PAIRS_FILE): Pair[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Pair);
}

interface CorpusRecord { readonly id: string; readonly text: string; readonly title?: string | null }

/** Every record of a corpus JSONL file (gzipped or not). */
export function readRecords(corpora: string, file: string): CorpusRecord[] {
  const raw = readFileSync(join(corpora, file));
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as CorpusRecord);
}

/** The body of each pair's record, read from the corpora folder; throws when a record is missing (the set is stale). */
export function loadBodies(corpora: string, pairs: readonly Pair[]): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const file of new Set(pairs.map((p) => p.corpus))) {
    const wanted = new Set(pairs.filter((p) => p.corpus === file).map((p) => p.record));
    for (const r of readRecords(corpora, file)) if (wanted.has(r.id)) bodies.set(`${file}#${r.id}`, r.text);
  }
  for (const p of pairs) if (!bodies.has(`${p.corpus}#${p.record}`)) throw new Error(`${p.id}: no record ${p.record} in ${p.corpus}`);
  return bodies;
}
