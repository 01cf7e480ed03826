/**
 * Step 05: does a passage that shares the claim's words say the same thing? Word overlap (03)
 * says a passage is about the headline's topic; this step reads it for the opposite: a claim word
 * the passage only carries negated ("will give up" over "we're not giving up"), the other side of
 * an antonym pair about the same topic ("will fail" over "will succeed"), and what a headline verb
 * promises: an admission needs the claim's predicate in the speaker's words, a denial needs the
 * speaker to deny something. Tables and their reasons are in meaning-rules.ts.
 */
import { sameStem, stem, words } from './03-similarity.js';
import { ADMISSION_VERBS, ADMISSION_WORDS, ANTONYMS, CLAUSE_BREAK, CONTENT_VERBS, DENIAL_VERBS, DENIAL_WORDS, NEGATION_CARRIERS, NEGATION_SKIP, NEGATORS, NOT_NEGATING_AFTER, PREDICATE_AFTER, SENTENCE_BREAK } from './meaning-rules.js';
import { STOP_WORDS } from './rules.js';

export interface Token { readonly word: string; readonly stem: string; readonly negated: boolean; readonly sentence: number; readonly clause: number }

export interface ClaimMeaning {
  readonly tokens: readonly Token[];
  /** The claim's key predicates as tokens: the word after an auxiliary, "to" or a subject pronoun ("has failed" → failed). */
  readonly predicates: readonly Token[];
  /** Words whose polarity the body must not turn over: the predicates, the negated words, a content-bearing headline verb. */
  readonly polar: readonly Token[];
  readonly admission: boolean;
  readonly denial: boolean;
}

const NOUN_NEGATORS = new Set(['no', 'without']);
const isNegator = (w: string) => NEGATORS.has(w) || /n['’]t$/.test(w);
const skippable = (w: string) => NEGATION_SKIP.has(w) || /ly$/.test(w);

/** The next word from `i` on a negation reaches: skip fillers; a carrier verb hands it on to its "to" clause. */
function negatedIndexes(ws: readonly string[], i: number): number[] {
  if (NOT_NEGATING_AFTER.has(ws[i + 1] ?? '')) return [];
  let j = i + 1;
  while (j < ws.length && skippable(ws[j]!)) j++;
  if (j >= ws.length || NOT_NEGATING_AFTER.has(ws[j]!)) return [];
  const out = [j];
  // "no" negates its whole noun phrase ("no policy change", "no trade war"), up to the next function word
  if (NOUN_NEGATORS.has(ws[i]!)) for (let k = j + 1; k < ws.length && k - j < 3 && !STOP_WORDS.has(ws[k]!) && !isNegator(ws[k]!); k++) out.push(k);
  if (NEGATION_CARRIERS.has(ws[j]!) || NEGATION_CARRIERS.has(stem(ws[j]!))) {
    const to = ws.indexOf('to', j + 1);
    if (to > 0 && to - j <= 4) out.push(...negatedIndexes(['to', ...ws.slice(to + 1)], 0).map((k) => k + to));
  }
  return out;
}

/** Words of `text` with their polarity: a word is negated when a negator in its clause reaches it. */
export function polarTokens(text: string): Token[] {
  const out: Token[] = [];
  let c = 0;
  text.split(SENTENCE_BREAK).forEach((sentence, s) => {
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      c++;
      const ws = words(clause ?? '');
      const negated = new Set<number>();
      ws.forEach((w, i) => { if (isNegator(w)) for (const k of negatedIndexes(ws, i)) negated.add(k); });
      ws.forEach((w, i) => out.push({ word: w, stem: stem(w), negated: negated.has(i), sentence: s, clause: c }));
    }
  });
  return out;
}

/**
 * A form's key in the antonym table: the word without its inflection or a doubled final consonant
 * ("slamming" → slam); keys under four letters only as listed ("ended" is no "end"). No derivation:
 * "critical" (important) must not read as "criticise".
 */
const sideKey = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');

const SIDES = new Map<string, Array<{ pair: number; side: 0 | 1 }>>();
ANTONYMS.forEach(([a, b], pair) => {
  for (const [side, forms] of [[0, a], [1, b]] as const) {
    for (const key of new Set([...forms, ...forms.map(sideKey).filter((k) => k.length >= 4)])) if (!SIDES.get(key)?.some((x) => x.pair === pair)) SIDES.set(key, [...(SIDES.get(key) ?? []), { pair, side }]);
  }
});

/** The meaning of a claim (its words) said with headline verb `verb` (null for forms without one). */
export function claimMeaning(claim: string, verb: string | null): ClaimMeaning {
  const v = verb?.toLowerCase() ?? '';
  // In a headline a negation covers the rest of its clause ("no winter crossings will be cut" negates the cutting too).
  const read = polarTokens(claim);
  const covered = read.map((t, i) => t.negated || read.slice(0, i).some((u) => u.clause === t.clause && isNegator(u.word) && !NOT_NEGATING_AFTER.has(read[read.indexOf(u) + 1]?.word ?? '')));
  const tokens = [...(CONTENT_VERBS.test(v) ? [{ word: v, stem: stem(v), negated: false, sentence: 0, clause: 0 }] : []), ...read.map((t, i) => ({ ...t, negated: covered[i]! }))];
  const predicates: Token[] = [];
  tokens.forEach((t, i) => {
    if (!PREDICATE_AFTER.has(t.word) && !/ly$/.test(t.word)) return;
    let j = i + 1;
    while (j < tokens.length && (skippable(tokens[j]!.word) || isNegator(tokens[j]!.word))) j++;
    const p = tokens[j];
    if (p && !STOP_WORDS.has(p.word) && !PREDICATE_AFTER.has(p.word) && !predicates.includes(p)) predicates.push(p);
  });
  const verbToken = CONTENT_VERBS.test(v) ? [tokens[0]!] : [];
  // the words a negator binds are polar; the rest of a negated clause only takes its polarity ("NO ROLE IN BRAZIL TALKS" does not
  // make Brazil a word the body must negate)
  const bound = new Set(read.filter((t) => t.negated));
  const polar = [...new Set([...predicates, ...verbToken, ...tokens.filter((t, i) => t.negated && bound.has(read[i - verbToken.length]!) && !STOP_WORDS.has(t.word))])];
  return { tokens, predicates, polar, admission: ADMISSION_VERBS.has(v), denial: DENIAL_VERBS.has(v) };
}

/**
 * Why the passage's words turn one of the claim's polar words over, or null: every occurrence has
 * the other polarity. A negated claim word the passage carries plainly counts only in a quote's own
 * words (`quote`: direct or mixed): narrative and reported speech negate in other words too.
 */
function flip(claim: ClaimMeaning, passage: readonly Token[], quote: boolean): string | null {
  for (const p of claim.polar) {
    const seen = passage.filter((t) => sameStem(t.stem, p.stem));
    // A negated claim word the passage carries plainly may be denied there in other words ("no support" over "withhold
    // support", "not in a trade war" over "not involved in a trade war"): that direction only counts in a passage with no negator.
    // ("dashed cold water on ideas it was … a trade war")
    if (p.negated && (!quote || passage.some((u) => isNegator(u.word)))) continue;
    if (seen.length > 0 && seen.every((t) => t.negated !== p.negated)) {
      return `negation: the body has "${p.word}" only ${p.negated ? 'without' : 'under'} a negation`;
    }
  }
  return null;
}

const sidesOf = (t: Token) => SIDES.get(t.word) ?? SIDES.get(sideKey(t.word)) ?? [];

/** Claim words that are about what its antonym word is about: content words within NEAR_CLAIM words of it ("oil production rising"). */
const NEAR_CLAIM = 3;
/** How close the body's antonym must be to one of those words, in the same clause ("sharp declines in U.S. oil production"). */
const NEAR_BODY = 5;

/**
 * Why the passage carries the other side of the claim's antonym word about the same thing, never
 * its side, or null. Two such words in a claim compose ("opposes ban" is "supports lifting the
 * ban"): the table reads single words, so it judges only claims with one of them.
 */
function antonym(claim: ClaimMeaning, passage: readonly Token[]): string | null {
  const at = claim.tokens.findIndex((t) => sidesOf(t).length > 0);
  if (at < 0 || claim.tokens.filter((t) => sidesOf(t).length > 0).length !== 1) return null;
  const c = claim.tokens[at]!;
  const near = claim.tokens.filter((t, i) => i !== at && Math.abs(i - at) <= NEAR_CLAIM && !STOP_WORDS.has(t.word) && t.word.length > 2);
  for (const { pair, side } of sidesOf(c)) {
    // a side under the other polarity is the same claim ("will not change" is "will stay")
    const agrees = (t: Token) => sidesOf(t).some((x) => x.pair === pair && (x.side === side) === (t.negated === c.negated)) || sameStem(t.stem, c.stem);
    if (passage.some(agrees)) continue;
    const about = (i: number) => passage.some((u, j) => u.clause === passage[i]!.clause && Math.abs(i - j) <= NEAR_BODY && near.some((k) => sameStem(k.stem, u.stem)));
    const against = passage.findIndex((t, i) => sidesOf(t).some((x) => x.pair === pair && x.side !== side) && t.negated === c.negated && about(i));
    if (against >= 0) return `antonym: the body has "${passage[against]!.word}" where the headline has "${c.word}" (${ANTONYMS[pair]![2]})`;
  }
  return null;
}

/** Why this passage (a quote's, when `quote`) says otherwise than the claim, or null when nothing in it contradicts the claim. */
export function contradiction(claim: ClaimMeaning, passage: string, quote = false): string | null {
  const tokens = polarTokens(passage);
  return flip(claim, tokens, quote) ?? antonym(claim, tokens);
}

/** Is each of the claim's predicates in one of these passages (a stem, a synonym or another form of its antonym side)? */
export function predicatesSupported(claim: ClaimMeaning, passages: readonly string[]): boolean {
  const tokens = passages.flatMap((p) => polarTokens(p));
  return claim.predicates.every((p) => tokens.some((t) => sameStem(t.stem, p.stem) || sidesOf(t).some((x) => sidesOf(p).some((y) => y.pair === x.pair && y.side === x.side))));
}

/** Does the passage deny anything (a negator or a word of denial)? */
export function deniesSomething(passage: string): boolean {
  return words(passage).some((w) => isNegator(w) || DENIAL_WORDS.has(w));
}

/** Does the passage report an admission ("conceded", "pleaded guilty")? */
export function admitsSomething(passage: string): boolean {
  return ADMISSION_WORDS.test(passage);
}
