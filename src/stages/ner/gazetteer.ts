/**
 * Gazetteer lookup: marks which tokens of a sentence fall inside a listed name, with the
 * token's place in the longest match (B, I, L or U) for each list. Matching ignores case; the
 * tagger sees the token's shape beside it and learns how much a lowercase hit is worth.
 */
import { COUNTRIES, REGIONS, CITIES, DEMONYMS } from './gazetteers/places.js';
import { ORGANISATIONS, PERSON_TITLES } from './gazetteers/orgs.js';
import { CALENDAR, GIVEN_NAMES } from './gazetteers/people.js';
import { tokenize } from './tokenize.js';

/** The lists, each with the short name its features carry. */
const LISTS: ReadonlyArray<readonly [string, string]> = [
  ['cty', COUNTRIES], ['reg', REGIONS], ['cit', CITIES], ['dem', DEMONYMS],
  ['org', ORGANISATIONS], ['tit', PERSON_TITLES], ['giv', GIVEN_NAMES], ['cal', CALENDAR],
];

interface Entry {
  readonly list: string;
  readonly words: readonly string[];
}

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const [list, names] of LISTS) {
    for (const name of names.split('|')) {
      const words = tokenize(name.trim()).map((t) => t.text.toLowerCase());
      if (words.length === 0) continue;
      const bucket = index.get(words[0]!) ?? [];
      bucket.push({ list, words });
      index.set(words[0]!, bucket);
    }
  }
  return index;
}

let INDEX: Map<string, Entry[]> | undefined;

/** For each token (given lowercased), the gazetteer features it carries, e.g. `cty:U`, `org:B`. */
export function gazetteerHits(lower: readonly string[]): string[][] {
  INDEX ??= buildIndex();
  const out: string[][] = lower.map(() => []);
  for (let i = 0; i < lower.length; i++) {
    const bucket = INDEX.get(lower[i]!);
    if (!bucket) continue;
    const longest = new Map<string, number>();
    for (const e of bucket) {
      if (e.words.length <= (longest.get(e.list) ?? 0) || i + e.words.length > lower.length) continue;
      if (e.words.every((w, k) => lower[i + k] === w)) longest.set(e.list, e.words.length);
    }
    for (const [list, n] of longest) {
      if (n === 1) out[i]!.push(`${list}:U`);
      else for (let k = 0; k < n; k++) out[i + k]!.push(`${list}:${k === 0 ? 'B' : k === n - 1 ? 'L' : 'I'}`);
    }
  }
  return out;
}
