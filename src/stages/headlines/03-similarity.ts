/**
 * Step 03: how much of a claim's content a passage carries. Words are lower-cased and cut to a
 * crude stem (no stemmer dependency: suffixes off, then two stems match when one starts the
 * other and the shorter has four letters or more: "fail" ~ "failure", "poison" ~ "poisoned").
 * Each claim word weighs by how rare it is in the article's body, so the topic words every
 * sentence repeats ("plan") count less than what the headline adds ("failed").
 */
import { STOP_WORDS, SYNONYMS } from './rules.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Letters compared without accents: headlines often drop them ("Kaczynski" for "Kaczyński"). */
const FOLD: Readonly<Record<string, string>> = { 'ł': 'l', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ı': 'i' };

/** Lower-cased, accent-folded words (for comparison only: offsets never come from these). */
export function words(text: string): string[] {
  // stock tickers ("<KO>") name no content
  const folded = text.replace(/<[^<>\s]{1,12}>/g, ' ').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[łøæœßđı]/g, (c) => FOLD[c] ?? c);
  return (folded.match(WORD) ?? []).map((w) => w.replace(/['’]s$/, '').replace(/\.$/, ''));
}

/** Inflections, then one derivational suffix, then a final "e": "saved" ~ "save", "stabilize" ~ "stable", "fees" ~ "fee". */
export function stem(word: string): string {
  const w = word.replace(/[’']/g, '');
  if (w.length < 4 || /\d/.test(w)) return w;
  // "loss" keeps its s ("losses" → "loss"), as do "business", "access"
  const inflected = w.replace(/ies$/, 'y').replace(/(?:ing|edly|ed|sses|es|(?<!s)s)$/, (m) => (m === 'sses' ? 'ss' : '')).replace(/ble$/, 'bil') || w;
  const derived = inflected.length > 5 ? inflected.replace(/(?:ment|ness|ations?|ions?|ities|ity|ize|ise|ly|ers?|al)$/, '') || inflected : inflected;
  return derived.length > 3 ? derived.replace(/e$/, '') : derived;
}

const SYNONYM_OF = new Map<string, number>();
SYNONYMS.forEach((group, i) => group.forEach((w) => SYNONYM_OF.set(stem(w), i)));

export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  const ga = SYNONYM_OF.get(a);
  return ga !== undefined && ga === SYNONYM_OF.get(b);
}

/** The claim's content words (stems), function words dropped, each once. */
export function contentStems(text: string): string[] {
  return [...new Set(words(text).filter((w) => !STOP_WORDS.has(w)).map(stem))];
}

/** A passage as a set of stems, ready for repeated coverage checks. */
export function stemSet(text: string): ReadonlySet<string> {
  const ws = words(text);
  const parts = ws.flatMap((w) => (w.includes('-') ? [w, w.replace(/-/g, ''), ...w.split('-')] : [w]));
  // two words written as one in headlines ("buy back" ~ "buyback", "take over" ~ "takeover")
  const joined = ws.slice(1).map((w, i) => `${ws[i]}${w}`).filter((j) => j.length >= 6 && !/\d/.test(j));
  return new Set([...parts, ...joined].filter(Boolean).map(stem));
}

function has(set: ReadonlySet<string>, s: string): boolean {
  if (set.has(s)) return true;
  for (const t of set) if (sameStem(s, t)) return true;
  return false;
}

/** Weight of each stem in an article: ln(1 + (N + 1) / (df + 0.5)) over its body sentences. */
export function stemWeights(stems: readonly string[], sentences: readonly ReadonlySet<string>[]): Map<string, number> {
  const n = sentences.length;
  return new Map(stems.map((s) => [s, Math.log(1 + (n + 1) / (sentences.filter((set) => has(set, s)).length + 0.5))]));
}

/** Weighted share (0–1) of `stems` that `passage` carries. */
export function coverage(stems: readonly string[], weights: ReadonlyMap<string, number>, passage: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const s of stems) {
    const w = weights.get(s) ?? 1;
    total += w;
    if (has(passage, s)) found += w;
  }
  return total === 0 ? 0 : Math.round((found / total) * 100) / 100;
}

/** Does `needle` occur in `haystack` word for word (case, punctuation and quote marks ignored)? */
export function containsWords(haystack: string, needle: string): boolean {
  const n = words(needle).join(' ');
  return n.length > 0 && ` ${words(haystack).join(' ')} `.includes(` ${n} `);
}

/** The longest run of the claim's words, in order, that the passage holds (in words). */
export function longestRun(claim: string, passage: string): number {
  const a = words(claim).map(stem);
  const b = words(passage).map(stem);
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = up;
    }
  }
  return best;
}
