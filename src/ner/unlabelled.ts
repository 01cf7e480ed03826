/**
 * Unlabelled text for word clusters: the `text` (and `title`) of JSONL(.gz) article records, one
 * token list a line, up to a word budget (files are read in the order given).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tokenize } from '../stages/ner/tokenize.js';

export function* unlabelledLines(paths: readonly string[], maxWords: number): Generator<string[]> {
  for (const path of paths) {
    let words = 0;
    const raw = readFileSync(path);
    const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    for (const record of text.split('\n')) {
      if (!record.trim()) continue;
      const r = JSON.parse(record) as { title?: string | null; text?: string | null };
      if (words >= maxWords) break;
      for (const line of `${r.title ?? ''}\n${r.text ?? ''}`.split('\n')) {
        const tokens = tokenize(line).map((t) => t.text);
        if (tokens.length === 0) continue;
        words += tokens.length;
        yield tokens;
        if (words >= maxWords) break;
      }
    }
  }
}
