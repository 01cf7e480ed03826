/**
 * Keys names are compared by: case, accents, punctuation and honorifics folded. A person's key
 * parts are the given name (short forms mapped: Bill → william), middle initials, and the surname.
 */
import { GIVEN_PARTICLES, NAME_EQUIVALENTS, NAME_SUFFIXES, NAME_TITLES, NICKNAMES, ORG_LEADING, SURNAME_PARTICLES } from './rules.js';

/**
 * Folding is the hot spot of alias merging (every name is folded several times per run), so
 * results are memoised; the cache is a pure function's memo, emptied when it grows large.
 */
const folded = new Map<string, string>();
const FOLD_CACHE = 100_000;

export function fold(s: string): string {
  let out = folded.get(s);
  if (out === undefined) {
    if (folded.size >= FOLD_CACHE) folded.clear();
    out = foldUncached(s);
    folded.set(s, out);
  }
  return out;
}

function foldUncached(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s$/, '').replace(/[“”"’'`.,()]/g, ' ').replace(/[-‐–]/g, '-').replace(/\s+/g, ' ').trim();
}

export interface PersonKey {
  /** Canonical given name, or null for a surname alone ("Clinton", "President Clinton"). */
  readonly first: string | null;
  readonly middle: readonly string[];
  readonly surname: string;
  /**
   * Every word after the given name that a surname alone may stand for: "Wanda Vázquez Garced" is
   * "Vázquez" in later mentions (Spanish and Portuguese names carry two surnames).
   */
  readonly surnames: readonly string[];
}

export function personKey(name: string): PersonKey | null {
  const words = fold(name).split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && NAME_TITLES.has(words[0]!)) words.shift();
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return null;
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has(words[surnameStart - 1]!)) surnameStart--;
  if (surnameStart === 1 && SURNAME_PARTICLES.has(words[0]!) && !GIVEN_PARTICLES.has(words[0]!)) surnameStart = 0;
  const surname = words.slice(surnameStart).join(' ');
  if (words.length === 1 || surnameStart === 0) return { first: null, middle: [], surname, surnames: [surname] };
  const first = words[0]!.length === 1 ? words[0]! : NICKNAMES[words[0]!] ?? words[0]!;
  const between = words.slice(1, surnameStart);
  return { first, middle: between.map((w) => w[0]!), surname, surnames: [...between.filter((w) => w.length > 1 && !SURNAME_PARTICLES.has(w)), surname] };
}

/** "william|j|clinton": the key a full name's entity is built on. */
export function fullKey(k: PersonKey): string {
  return [k.first ?? '', k.middle.join(''), k.surname].join('|');
}

/** Given names agree: equal after short forms, or one is the other's initial. */
export function firstNamesAgree(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Middle initials agree when either has none or they are equal. */
export function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.join('') === b.join('');
}

export function orgKey(name: string): string {
  const key = fold(name.replace(ORG_LEADING, ''));
  return NAME_EQUIVALENTS[key] ?? key;
}
