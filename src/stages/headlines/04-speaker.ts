/**
 * Step 04: who the headline's X is in the body. X's words split into names ("Costa", "Trump"),
 * roles ("Minister", "PM", "scientists") and places that stand for governments ("Germany", "US").
 * A quote is X's when its speaker (name, the words the body used, the fuller mention it resolved
 * to, and the words just before) carries one of X's names; failing that, a role or a place alias
 * ("Prime Minister", "German government spokesman"). Names beat roles: "US President Trump" is
 * Trump's quotes, not every president's. When no quote is X's, body sentences that name X still
 * count as what the body reports of X. Entities (a later stage) will supply ids for `entity`.
 */
import type { Quote, SpeakerKind } from '../../core/quote.js';
import type { Span } from '../../core/span.js';
import { stem, words } from './03-similarity.js';
import { GENERIC_SOURCES, PLACE_ALIASES, ROLE_ALIASES, SPEAKER_FILLER } from './rules.js';

export interface SpeakerKeys {
  readonly names: readonly string[];
  /** Each role or place as the phrases the body may use for it. */
  readonly roles: readonly (readonly string[])[];
  readonly places: readonly (readonly string[])[];
  readonly generic: boolean;
  /** Capitalised short words that may be an organisation's initials ("USDA", "API"). */
  readonly acronyms: readonly string[];
}

export interface ResolvedSpeaker {
  readonly name: string;
  readonly kind: SpeakerKind | null;
  readonly body: Span | null;
  readonly match: 'surname' | 'organisation' | 'role' | 'place' | 'generic' | 'mentioned' | 'unresolved';
  readonly quotes: readonly Quote[];
  /** Body sentences that name X (roles, names or place aliases), quotes or not. */
  readonly sentences: readonly Span[];
  /**
   * Every quote any of X's keys matches, not only the best group: what a `not found` must be
   * checked against, so that a speaker read too narrowly never turns into a false alarm.
   */
  readonly anyQuotes: readonly Quote[];
}

/**
 * X's words as keys. In a headline with lower-case words, a lower-case word of X is a descriptor
 * ("murdered", "journalist"), matched like a role; a capitalised one is a name. In an all-caps or
 * title-case headline case says nothing, so every word is a name. The first word is capitalised
 * either way, so it counts as both.
 */
export function speakerKeys(phrase: string, generic: boolean, caseless: boolean): SpeakerKeys {
  const names: string[] = [];
  const roles: string[][] = [];
  const places: string[][] = [];
  const raw = (phrase.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? []).filter((w) => !SPEAKER_FILLER.has(words(w)[0] ?? ''));
  raw.forEach((original, i) => {
    const w = words(original)[0] ?? '';
    const single = w.replace(/s$/, '');
    if (PLACE_ALIASES[w]) places.push([w, ...PLACE_ALIASES[w]!]);
    else if (ROLE_ALIASES[w] || ROLE_ALIASES[single]) roles.push([...(ROLE_ALIASES[w] ?? ROLE_ALIASES[single]!)]);
    else if (GENERIC_SOURCES.has(w)) roles.push([w]);
    else if (w.length > 1 && !/^\d+$/.test(w)) {
      const capital = /^\p{Lu}/u.test(original);
      if (caseless || capital) names.push(w);
      if (!caseless && (!capital || i === 0)) roles.push([w]);
    }
  });
  const ws = raw.map((w) => words(w)[0] ?? '');
  return { names, roles, places, acronyms: acronymsOf(phrase), generic: generic || (names.length === 0 && ws.length > 0 && ws.every((w) => GENERIC_SOURCES.has(w))) };
}

const stems = (s: string) => words(s).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w])).filter(Boolean).map(stem);

/** Does `haystack` (as stems) hold the phrase `needle` (as stems), word for word? */
function holdsPhrase(haystack: readonly string[], needle: string): boolean {
  const n = stems(needle);
  if (n.length === 0) return false;
  for (let i = 0; i + n.length <= haystack.length; i++) if (n.every((w, k) => haystack[i + k] === w)) return true;
  return false;
}

/**
 * The words that say who a quote's speaker is: its name, its mention and its resolution; with
 * `context`, also the words just before each ("German government spokesman Steffen Seibert"),
 * which roles and places may use but names may not (a name there is often someone else's).
 */
function speakerText(text: string, q: Quote, context: boolean): string {
  const s = q.speaker;
  if (!s) return '';
  // context stays inside the quote's sentence (a resolved mention elsewhere keeps its own 40 characters)
  const within = (sp: Span) => (sp.start >= q.sentence.start && sp.end <= q.sentence.end ? q.sentence : { start: 0, end: text.length });
  const around = (sp: Span | null) => (sp ? text.slice(Math.max(within(sp).start, sp.start - (context ? 40 : 0)), Math.min(within(sp).end, sp.end + (context ? 40 : 0))) : '');
  return `${s.name} ${around(s.mention)} ${around(s.resolved)}`;
}

/** A body word names X's name: the same word, or its demonym ("Kurds" ~ "Kurdish", "Iran" ~ "Iranian"). */
function namesWord(word: string, name: string): boolean {
  const n = stem(name).replace(/s$/, '');
  if (word === n || word === stem(name)) return true;
  return n.length >= 4 && word.startsWith(n) && /^(?:ish|ian|ians|ese|i|is|n|ns|an|ans|ic)$/.test(word.slice(n.length));
}

function matchesNames(hay: readonly string[], names: readonly string[]): boolean {
  return names.some((n) => hay.some((w) => namesWord(w, n)));
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'u.s', 'us', 'de', 'la', '&']);

/** An acronym of X ("USDA", "API") is spelt by the initials of a run of the text's capitalised words ("U.S. Agriculture Department"). */
function spellsAcronym(text: string, acronym: string): boolean {
  const a = acronym.replace(/\./g, '').toLowerCase();
  if (a.length < 2 || a.length > 6) return false;
  const caps = text.match(/(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|&)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|&))*/gu) ?? [];
  return caps.some((run) => {
    const initials = run.split(/\s+/).filter((w) => !ACRONYM_SKIP.has(w.toLowerCase().replace(/\.$/, ''))).map((w) => w[0]!.toLowerCase()).join('');
    return initials.includes(a) || (run.startsWith('U.S.') && `u${initials}`.includes(a)) || (run.startsWith('U.S.') && `us${initials}`.includes(a));
  });
}

/** X's acronyms: its all-capital words in a headline that has lower case, every short word in one that has none. */
function acronymsOf(phrase: string): string[] {
  return (phrase.match(/\b\p{Lu}{2,6}\b/gu) ?? []).filter((w) => !PLACE_ALIASES[w.toLowerCase()] && !ROLE_ALIASES[w.toLowerCase()] && !GENERIC_SOURCES.has(w.toLowerCase()));
}

function matchesAny(hay: readonly string[], groups: readonly (readonly string[])[]): boolean {
  return groups.some((aliases) => aliases.some((a) => holdsPhrase(hay, a)));
}

function commonest(quotes: readonly Quote[]): Quote | undefined {
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker) counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return quotes.find((q) => q.speaker?.name === best) ?? quotes[0];
}

/** Quotes that any of X's keys matches (names on the speaker's own words, roles and places on its context). */
function anyQuotesOf(text: string, keys: SpeakerKeys, quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q) => {
    const own = stems(speakerText(text, q, false));
    const context = stems(speakerText(text, q, true));
    return matchesNames(own, keys.names) || matchesAny(context, keys.roles) || matchesAny(context, keys.places);
  });
}

/** X's quotes by names, else roles, else places. */
function quotesOf(text: string, keys: SpeakerKeys, quotes: readonly Quote[]): { quotes: Quote[]; match: ResolvedSpeaker['match'] } {
  const hay = quotes.map((q) => stems(speakerText(text, q, true)));
  const own = quotes.map((q) => stems(speakerText(text, q, false)));
  const pick = (ok: (h: readonly string[]) => boolean) => quotes.filter((_, i) => ok(hay[i]!));
  // The last name is the head ("Polish leader Jaroslaw Kaczynski" is Kaczynski); the others only when it matches no one.
  for (const names of [keys.names.slice(-1), keys.names]) {
    const found = names.length > 0 ? quotes.filter((_, i) => matchesNames(own[i]!, names)) : [];
    if (found.length > 0) return { quotes: found, match: 'surname' };
  }
  if (keys.acronyms.length > 0) {
    const found = quotes.filter((q) => keys.acronyms.some((a) => spellsAcronym(speakerText(text, q, true), a)));
    if (found.length > 0) return { quotes: found, match: 'organisation' };
  }
  // a role or place in the speaker's own words ("union president Sam Adeyemi") beats one in the words around them
  const pickOwn = (ok: (h: readonly string[]) => boolean) => quotes.filter((_, i) => ok(own[i]!));
  for (const [groups, match] of [[keys.roles, 'role'], [keys.places, 'place']] as const) {
    if (groups.length === 0) continue;
    const direct = pickOwn((h) => matchesAny(h, groups));
    const found = direct.length > 0 ? direct : pick((h) => matchesAny(h, groups));
    if (found.length > 0) return { quotes: found, match };
  }
  return { quotes: [], match: 'unresolved' };
}

/** Body sentences naming X by any of its keys: names, descriptors, roles or place aliases. */
function mentioningSentences(text: string, keys: SpeakerKeys, sentences: readonly Span[]): Span[] {
  const groups = [...keys.roles, ...keys.places];
  return sentences.filter((s) => {
    const hay = stems(text.slice(s.start, s.end));
    return matchesNames(hay, keys.names) || matchesAny(hay, groups) || keys.acronyms.some((a) => spellsAcronym(text.slice(s.start, s.end), a));
  });
}

export function resolveSpeaker(text: string, phrase: string, generic: boolean, caseless: boolean, quotes: readonly Quote[], sentences: readonly Span[]): ResolvedSpeaker {
  const keys = speakerKeys(phrase, generic, caseless);
  if (keys.generic) return { name: phrase.trim(), kind: null, body: null, match: 'generic', quotes, sentences, anyQuotes: quotes };
  const found = quotesOf(text, keys, quotes);
  const mentions = mentioningSentences(text, keys, sentences);
  const anyQuotes = anyQuotesOf(text, keys, quotes);
  const lead = commonest(found.quotes);
  if (lead?.speaker) {
    return { name: lead.speaker.name, kind: lead.speaker.kind, body: lead.speaker.resolved ?? lead.speaker.mention, match: found.match, quotes: found.quotes, sentences: mentions, anyQuotes };
  }
  if (mentions.length > 0) return { name: phrase.trim(), kind: null, body: mentions[0]!, match: 'mentioned', quotes: [], sentences: mentions, anyQuotes };
  return { name: phrase.trim(), kind: null, body: null, match: 'unresolved', quotes: [], sentences: [], anyQuotes };
}
